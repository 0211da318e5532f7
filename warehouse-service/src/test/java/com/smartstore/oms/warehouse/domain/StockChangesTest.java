package com.smartstore.oms.warehouse.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.smartstore.oms.contracts.events.LineQuantity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** One transaction's locked stock rows: every change goes into the ledger and marks its row to publish. */
class StockChangesTest {
    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final UUID ORDER = UUID.randomUUID();

    private static PickList open(LineQuantity... lines) {
        return PickList.open(ORDER, "SO-7", 1, "LIS", List.of(lines), null, NOW, NOW, Duration.ofHours(8));
    }

    @Test
    void reservingANewListHoldsEveryUnitAndRecordsOneRowPerSku() {
        Stock mug = Stock.of("LIS", "MUG", 10, 0);
        Stock tea = Stock.of("LIS", "TEA", 5, 1);
        StockChanges changes = new StockChanges(List.of(mug, tea), NOW);
        PickList list = open(new LineQuantity("MUG", 3), new LineQuantity("TEA", 2));

        assertThat(changes.reserve(list)).isSameAs(list);

        assertThat(mug.reserved).isEqualTo(3);
        assertThat(tea.reserved).isEqualTo(3);
        assertThat(changes.changed).containsExactly(mug, tea);
        assertThat(changes.movements)
                .extracting(m -> m.type, m -> m.sku, m -> m.quantity, m -> m.orderId, m -> m.pickListId, m -> m.actor)
                .containsExactly(
                        tuple(MovementType.RESERVATION, "MUG", 3, ORDER, list.id, StockChanges.SYSTEM),
                        tuple(MovementType.RESERVATION, "TEA", 2, ORDER, list.id, StockChanges.SYSTEM));
        assertThat(changes.movements).allMatch(m -> NOW.equals(m.occurredAt));
    }

    @Test
    void supersedingAListGivesBackWhatItHeldReserved() {
        Stock mug = Stock.of("LIS", "MUG", 10, 4);
        StockChanges changes = new StockChanges(List.of(mug), NOW);
        PickList list = open(new LineQuantity("MUG", 4));

        changes.supersede(list);

        assertThat(list.status).isEqualTo(PickListStatus.SUPERSEDED);
        assertThat(mug.reserved).isZero();
        assertThat(mug.onHand).isEqualTo(10);
        assertThat(changes.movements).singleElement().satisfies(m -> {
            assertThat(m.type).isEqualTo(MovementType.RELEASE);
            assertThat(m.quantity).isEqualTo(-4);
        });
        assertThat(changes.changed).containsExactly(mug);
    }

    @Test
    void aConfirmedPickTakesWhatWasFoundOffTheShelfAndWritesOffWhatWasNot() {
        Stock mug = Stock.of("LIS", "MUG", 10, 5);
        StockChanges changes = new StockChanges(List.of(mug), NOW);
        PickList list = open(new LineQuantity("MUG", 5));
        list.confirm("picker", NOW, Map.of(1, 3));

        changes.take(list, "picker");

        assertThat(mug.onHand).isEqualTo(5);
        assertThat(mug.reserved).isZero();
        assertThat(changes.movements)
                .extracting(m -> m.type, m -> m.quantity, m -> m.actor)
                .containsExactly(tuple(MovementType.PICK, -3, "picker"), tuple(MovementType.SHORT_PICK, -2, "picker"));
        assertThat(changes.changed).containsExactly(mug);
    }

    @Test
    void pickedGoodsOfACancelledOrderGoBackOnTheShelfForThatList() {
        Stock mug = Stock.of("LIS", "MUG", 7, 0);
        StockChanges changes = new StockChanges(List.of(mug), NOW);
        PickList list = open(new LineQuantity("MUG", 2));
        list.confirm("picker", NOW, Map.of());

        changes.putBack(list, "order cancelled");

        assertThat(mug.onHand).isEqualTo(9);
        assertThat(changes.movements).singleElement().satisfies(m -> {
            assertThat(m.type).isEqualTo(MovementType.CANCEL_RESTOCK);
            assertThat(m.quantity).isEqualTo(2);
            assertThat(m.orderId).isEqualTo(ORDER);
            assertThat(m.pickListId).isEqualTo(list.id);
            assertThat(m.reason).isEqualTo("order cancelled");
        });
        assertThat(changes.changed).containsExactly(mug);
    }

    @Test
    void aRestockAndAStaffChangeReturnTheirRowAndAreRecorded() {
        Stock mug = Stock.of("LIS", "MUG", 1, 0);
        StockChanges changes = new StockChanges(List.of(mug), NOW);

        assertThat(changes.restock("LIS", "MUG", 4, MovementType.RECEIPT, null, "PR-1", "clerk"))
                .isSameAs(mug);
        assertThat(changes.record("LIS", "MUG", s -> s.setOnHand(3, "counter", NOW)))
                .isSameAs(mug);

        assertThat(mug.onHand).isEqualTo(3);
        assertThat(changes.movements)
                .extracting(m -> m.type, m -> m.quantity, m -> m.actor)
                .containsExactly(tuple(MovementType.RECEIPT, 4, "clerk"), tuple(MovementType.SET, -2, "counter"));
        assertThat(changes.changed).containsExactly(mug);
    }

    @Test
    void aRowThatIsNotLockedIsRefused() {
        StockChanges changes = new StockChanges(List.of(Stock.of("LIS", "MUG", 1, 0)), NOW);

        assertThatThrownBy(() -> changes.row("POR", "MUG"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("stock row POR/MUG is not locked");
        assertThat(changes.row("LIS", "MUG").onHand).isEqualTo(1);
    }
}
