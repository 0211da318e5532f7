package com.smartstore.oms.warehouse.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartstore.oms.contracts.events.LineQuantity;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Shortages: what waiting orders need beyond what all warehouses have available. */
class ShortagesTest {
    private static final Instant AT = Instant.parse("2026-11-27T09:00:00Z");

    @Test
    void aSkuIsShortByWhatWaitingOrdersNeedBeyondWhatIsAvailableAnywhere() {
        Backorder first = waiting(new LineQuantity("A", 3), new LineQuantity("B", 1), new LineQuantity("A", 1));
        Backorder second = waiting(new LineQuantity("A", 2));
        var stock = List.of(
                Stock.of("LIS", "A", 5, 4), // 1 available
                Stock.of("OPO", "A", 2, 0), // 2 available
                Stock.of("OPO", "B", 1, 0));

        var shortages = Shortages.of(List.of(first, second), stock);

        assertThat(shortages).singleElement().satisfies(s -> {
            assertThat(s.sku()).isEqualTo("A");
            assertThat(s.needed()).isEqualTo(6);
            assertThat(s.available()).isEqualTo(3);
            assertThat(s.shortage()).isEqualTo(3);
            assertThat(s.orders())
                    .extracting(Shortages.WaitingOrder::orderId, Shortages.WaitingOrder::quantity)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(first.orderId, 4),
                            org.assertj.core.groups.Tuple.tuple(second.orderId, 2));
        });
    }

    @Test
    void withoutWaitingOrdersNothingIsShort() {
        assertThat(Shortages.of(List.of(), List.of(Stock.of("LIS", "A", 0, 0)))).isEmpty();
    }

    private static Backorder waiting(LineQuantity... lines) {
        return Backorder.waiting(UUID.randomUUID(), "SO-1", 1, List.of(lines), null, AT, AT);
    }
}
