package com.smartstore.oms.warehouse.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.smartstore.oms.kit.domain.Refusal;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The edges of a stock row: no empty movements, and on hand may come down to exactly what is reserved. */
class StockLimitsTest {
    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final UUID ORDER = UUID.randomUUID();

    @Test
    void aMovementOfNoUnitsIsRefusedWhateverItIs() {
        Stock stock = Stock.of("LIS", "MUG", 5, 2);

        assertThatThrownBy(() -> stock.reserve(0, ORDER, null, "system", NOW))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("quantity must be positive: 0");
        assertThatThrownBy(() -> stock.release(0, ORDER, null, "system", NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> stock.restock(MovementType.RECEIPT, -1, null, null, "clerk", NOW))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("quantity must be positive: -1");
        assertThat(stock.onHand).isEqualTo(5);
        assertThat(stock.reserved).isEqualTo(2);
    }

    @Test
    void releasingOrWritingOffMoreThanIsReservedIsRefused() {
        Stock stock = Stock.of("LIS", "MUG", 5, 2);

        assertThatThrownBy(() -> stock.release(3, ORDER, null, "system", NOW))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo("not-reserved"))
                .hasMessage("MUG in LIS has 2 reserved, cannot take 3");
        assertThatThrownBy(() -> stock.writeOff(3, ORDER, null, "picker", NOW)).isInstanceOf(Refusal.class);
        assertThat(stock.reserved).isEqualTo(2);
    }

    @Test
    void onHandMayBeCountedOrAdjustedDownToExactlyWhatIsReserved() {
        Stock counted = Stock.of("LIS", "MUG", 5, 2);
        Stock adjusted = Stock.of("LIS", "MUG", 5, 2);

        counted.setOnHand(2, "counter", NOW);
        adjusted.adjust(-3, "broken", "clerk", NOW);

        assertThat(counted.available()).isZero();
        assertThat(adjusted.available()).isZero();
        assertThat(adjusted.onHand).isEqualTo(2);
    }

    @Test
    void theRowIsPublishedWithWhatIsAvailableAndItsNewestChange() {
        Stock stock = Stock.of("LIS", "MUG", 5, 0);
        stock.reserve(2, ORDER, null, "system", NOW);

        var level = stock.toEvent();

        assertThat(level.warehouse()).isEqualTo("LIS");
        assertThat(level.sku()).isEqualTo("MUG");
        assertThat(level.onHand()).isEqualTo(5);
        assertThat(level.reserved()).isEqualTo(2);
        assertThat(level.available()).isEqualTo(3);
        assertThat(level.updatedAt()).isEqualTo(NOW);
    }
}
