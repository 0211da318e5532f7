package com.smartstore.oms.warehouse.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.smartstore.oms.contracts.events.LineQuantity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Choosing the warehouses that serve an approved order: one if it can, split if allowed, the rest backordered. */
class AllocationTest {

    @Test
    void linesOfTheSameSkuAreAddedUpInSkuOrder() {
        var demand = Allocation.demand(
                List.of(new LineQuantity("B", 1), new LineQuantity("A", 2), new LineQuantity("B", 3)));
        assertThat(demand).containsExactly(Map.entry("A", 2), Map.entry("B", 4));
    }

    @Test
    void withoutPriorityTheAlphabeticallyFirstWarehouseThatHasEverythingServes() {
        var stock = List.of(
                Stock.of("OPO", "A", 5, 0),
                Stock.of("OPO", "B", 5, 0),
                Stock.of("LIS", "A", 5, 0),
                Stock.of("LIS", "B", 5, 0));
        assertThat(Allocation.chooseWarehouse(Map.of("A", 2, "B", 1), stock, List.of()))
                .contains("LIS");
    }

    @Test
    void priorityComesFirstAndUnlistedWarehousesFollowAlphabetically() {
        assertThat(Allocation.candidates(List.of("C", "A", "B", "D"), List.of("D", "X", "B")))
                .containsExactly("D", "B", "A", "C");
        var stock = List.of(Stock.of("LIS", "A", 5, 0), Stock.of("OPO", "A", 5, 0));
        assertThat(Allocation.chooseWarehouse(Map.of("A", 5), stock, List.of("OPO")))
                .contains("OPO");
    }

    @Test
    void aWarehouseMustServeEveryLineFromWhatIsAvailableNotOnHand() {
        var stock = List.of(
                Stock.of("AAA", "A", 10, 0), // lacks B
                Stock.of("BBB", "A", 10, 9), // 1 available
                Stock.of("BBB", "B", 10, 0),
                Stock.of("CCC", "A", 3, 0),
                Stock.of("CCC", "B", 2, 0));
        assertThat(Allocation.chooseWarehouse(Map.of("A", 3, "B", 2), stock, List.of()))
                .contains("CCC");
    }

    @Test
    void noSingleWarehouseMeansNothingIsChosenEvenIfTogetherTheyWouldSuffice() {
        var stock = List.of(
                Stock.of("LIS", "A", 5, 0),
                Stock.of("LIS", "B", 0, 0),
                Stock.of("OPO", "A", 0, 0),
                Stock.of("OPO", "B", 5, 0));
        assertThat(Allocation.chooseWarehouse(Map.of("A", 1, "B", 1), stock, List.of()))
                .isEmpty();
        assertThat(Allocation.chooseWarehouse(Map.of("A", 1), List.of(), List.of()))
                .isEmpty();
    }

    @Test
    void waitingOrdersAreServedOldestFirstAndAYoungerOneMayTakeWhatAnOlderCannotUse() {
        Backorder oldest = waiting(new LineQuantity("A", 3));
        Backorder tooBig = waiting(new LineQuantity("A", 5));
        Backorder small = waiting(new LineQuantity("A", 1), new LineQuantity("B", 1));
        Backorder late = waiting(new LineQuantity("A", 1));
        var stock = List.of(Stock.of("LIS", "A", 4, 0), Stock.of("LIS", "B", 1, 0), Stock.of("OPO", "A", 0, 0));

        var served = Allocation.serveWaiting(List.of(oldest, tooBig, small, late), stock, List.of());

        assertThat(served).extracting(Allocation.Serving::backorder).containsExactly(oldest, small);
        assertThat(served).extracting(Allocation.Serving::warehouse).containsOnly("LIS");
        assertThat(stock.get(0).reserved)
                .as("the rows themselves are not changed")
                .isZero();
    }

    @Test
    void servingABackorderOpensItsPickListOnce() {
        Backorder backorder = waiting(new LineQuantity("A", 2));
        PickList list = backorder.serve("LIS", Instant.parse("2026-11-27T10:00:00Z"), Duration.ofHours(8));
        assertThat(backorder.status).isEqualTo(BackorderStatus.SERVED);
        assertThat(backorder.pickListId).isEqualTo(list.id);
        assertThat(list.status).isEqualTo(PickListStatus.OPEN);
        assertThat(list.orderId).isEqualTo(backorder.orderId);
        assertThat(list.lineQuantities()).containsExactly(new LineQuantity("A", 2));
        assertThatThrownBy(() -> backorder.serve("LIS", Instant.now(), Duration.ofHours(8)))
                .isInstanceOf(IllegalStateException.class);
    }

    private static Backorder waiting(LineQuantity... lines) {
        Instant at = Instant.parse("2026-11-27T09:00:00Z");
        return Backorder.waiting(UUID.randomUUID(), "SO-1", 1, List.of(lines), null, at, at);
    }

    @Test
    void aWholeOrderComesFromOneWarehouseEvenWhenSplittingIsAllowed() {
        var stock = List.of(Stock.of("LIS", "A", 5, 0), Stock.of("OPO", "A", 5, 0), Stock.of("OPO", "B", 5, 0));
        var plan = Allocation.plan(new TreeMap<>(Map.of("A", 2, "B", 1)), stock, List.of("LIS"), true);
        assertThat(plan.byWarehouse()).containsOnlyKeys("OPO");
        assertThat(plan.backordered()).isEmpty();
    }

    @Test
    void withoutSplittingAnOrderNoWarehouseServesWhollyIsBackorderedWhole() {
        var stock = List.of(Stock.of("LIS", "A", 5, 0), Stock.of("OPO", "B", 5, 0));
        var plan = Allocation.plan(new TreeMap<>(Map.of("A", 2, "B", 1)), stock, List.of(), false);
        assertThat(plan.byWarehouse()).isEmpty();
        assertThat(plan.backordered()).containsExactly(Map.entry("A", 2), Map.entry("B", 1));
    }

    @Test
    void splittingTakesEachSkuFromAWarehouseInPriorityOrderAndBackordersWhatNobodyHas() {
        var stock = List.of(
                Stock.of("LIS", "A", 5, 4), // 1 available
                Stock.of("LIS", "C", 9, 0),
                Stock.of("OPO", "A", 2, 0),
                Stock.of("OPO", "B", 3, 0),
                Stock.of("OPO", "C", 9, 0));
        var plan = Allocation.plan(
                new TreeMap<>(Map.of("A", 4, "B", 1, "C", 2, "D", 1)), stock, List.of("LIS", "OPO"), true);
        // A: nobody has 4, so 1 from LIS and 2 from OPO, 1 backordered; C: LIS (already chosen, first in priority).
        assertThat(plan.byWarehouse().get("LIS")).containsExactly(Map.entry("A", 1), Map.entry("C", 2));
        assertThat(plan.byWarehouse().get("OPO")).containsExactly(Map.entry("A", 2), Map.entry("B", 1));
        assertThat(plan.backordered()).containsExactly(Map.entry("A", 1), Map.entry("D", 1));
    }
}
