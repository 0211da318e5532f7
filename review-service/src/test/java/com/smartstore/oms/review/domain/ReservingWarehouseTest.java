package com.smartstore.oms.review.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which warehouse review expects to reserve an approval's units (R-R1), mirroring the warehouse's allocation. */
class ReservingWarehouseTest {

    @Test
    void theFirstWarehouseByCodeThatServesEveryLineTakesThemAll() {
        Map<String, Map<String, Integer>> free = Map.of(
                "POR", Map.of("SHIRT", 5, "MUG", 5),
                "LIS", Map.of("SHIRT", 5, "MUG", 5),
                "FAR", Map.of("SHIRT", 5));

        assertThat(ReservingWarehouse.expected(free, Map.of("SHIRT", 2, "MUG", 2)))
                .containsExactlyInAnyOrderEntriesOf(Map.of("SHIRT", "LIS", "MUG", "LIS"));
    }

    @Test
    void exactlyEnoughIsEnough() {
        Map<String, Map<String, Integer>> free = Map.of("AAA", Map.of("SHIRT", 1), "BBB", Map.of("SHIRT", 2));

        assertThat(ReservingWarehouse.expected(free, Map.of("SHIRT", 2))).containsEntry("SHIRT", "BBB");
        assertThat(ReservingWarehouse.expected(free, Map.of("SHIRT", 1))).containsEntry("SHIRT", "AAA");
    }

    @Test
    void withoutOneWarehouseForEverythingEachSkuGoesToTheFirstThatHasAllOfItElseTheOneWithTheMost() {
        Map<String, Map<String, Integer>> free = Map.of(
                "AAA", Map.of("SHIRT", 1, "MUG", 9),
                "BBB", Map.of("SHIRT", 3),
                "CCC", Map.of("SHIRT", 2, "CAP", 1));

        assertThat(ReservingWarehouse.expected(free, Map.of("SHIRT", 5, "MUG", 9, "CAP", 4, "HAT", 1)))
                .as("SHIRT: nobody has 5, BBB has the most; MUG: AAA has all; CAP: only CCC; HAT: nobody")
                .containsExactlyInAnyOrderEntriesOf(Map.of("SHIRT", "BBB", "MUG", "AAA", "CAP", "CCC"));
    }

    @Test
    void theMostIsCountedEvenWhenNothingIsFreeAndTheFirstWinsATie() {
        Map<String, Map<String, Integer>> free = Map.of(
                "AAA", Map.of("SHIRT", 0, "MUG", 1),
                "BBB", Map.of("SHIRT", 0, "MUG", 1));

        assertThat(ReservingWarehouse.expected(free, Map.of("SHIRT", 1, "MUG", 2)))
                .containsExactlyInAnyOrderEntriesOf(Map.of("SHIRT", "AAA", "MUG", "AAA"));
    }

    @Test
    void aWarehouseThatServesEveryLineNamesOnlyTheSkusItHoldsAndNoStockNamesNone() {
        assertThat(ReservingWarehouse.expected(Map.of("LIS", Map.of("SHIRT", 2)), Map.of("SHIRT", 2)))
                .containsExactlyEntriesOf(Map.of("SHIRT", "LIS"));
        assertThat(ReservingWarehouse.expected(Map.of(), Map.of("SHIRT", 1))).isEmpty();
        assertThat(ReservingWarehouse.expected(Map.of("LIS", Map.of()), Map.of("SHIRT", 0)))
                .as("nothing wanted of a SKU it does not hold")
                .isEmpty();
    }
}
