package com.smartstore.oms.warehouse.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.smartstore.oms.kit.domain.Refusal;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The stock rules: reserved never exceeds on hand, and every change is a ledger row. */
class StockTest {
    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private static final UUID ORDER = UUID.randomUUID();
    private static final UUID LIST = UUID.randomUUID();

    @Test
    void reservingThenPickingMovesUnitsAndRecordsEachStep() {
        Stock stock = Stock.of("LIS", "A", 10, 0);

        StockMovement reservation = stock.reserve(4, ORDER, LIST, "system", NOW);
        assertThat(stock.available()).isEqualTo(6);
        assertThat(reservation.type).isEqualTo(MovementType.RESERVATION);
        assertThat(reservation.quantity).isEqualTo(4);
        assertThat(reservation.reservedAfter).isEqualTo(4);
        assertThat(reservation.orderId).isEqualTo(ORDER);

        StockMovement pick = stock.pick(4, ORDER, LIST, "picker", NOW);
        assertThat(stock.onHand).isEqualTo(6);
        assertThat(stock.reserved).isZero();
        assertThat(pick.type).isEqualTo(MovementType.PICK);
        assertThat(pick.quantity).isEqualTo(-4);
        assertThat(pick.onHandAfter).isEqualTo(6);
        assertThat(pick.actor).isEqualTo("picker");
        assertThat(stock.updatedAt).isEqualTo(NOW);
    }

    @Test
    void settingOnHandRecordsTheChangeAndIsRefusedBelowWhatIsReserved() {
        Stock stock = Stock.of("LIS", "A", 10, 3);

        StockMovement set = stock.setOnHand(7, "warehouse", NOW);
        assertThat(set.type).isEqualTo(MovementType.SET);
        assertThat(set.quantity).isEqualTo(-3);
        assertThat(stock.available()).isEqualTo(4);

        assertThatThrownBy(() -> stock.setOnHand(2, "warehouse", NOW))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.code()).isEqualTo("below-reserved"))
                .hasMessageContaining("3 units reserved");
        assertThat(stock.onHand).isEqualTo(7);
    }

    @Test
    void neverReservesMoreThanIsAvailableNorTakesMoreThanIsReserved() {
        Stock stock = Stock.of("LIS", "A", 5, 4);
        assertThatThrownBy(() -> stock.reserve(2, ORDER, LIST, "system", NOW))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.code()).isEqualTo("insufficient-stock"));
        assertThatThrownBy(() -> stock.pick(5, ORDER, LIST, "picker", NOW)).isInstanceOf(Refusal.class);

        StockMovement release = stock.release(4, ORDER, LIST, "system", NOW);
        assertThat(release.type).isEqualTo(MovementType.RELEASE);
        assertThat(release.quantity).isEqualTo(-4);
        assertThat(stock.available()).isEqualTo(5);
    }

    @Test
    void anAdjustmentChangesOnHandWithItsReasonAndNeverBelowZeroOrWhatIsReserved() {
        Stock stock = Stock.of("LIS", "A", 10, 3);

        StockMovement damaged = stock.adjust(-4, " two boxes crushed ", "warehouse", NOW);
        assertThat(damaged.type).isEqualTo(MovementType.ADJUSTMENT);
        assertThat(damaged.quantity).isEqualTo(-4);
        assertThat(damaged.onHandAfter).isEqualTo(6);
        assertThat(damaged.reason).isEqualTo("two boxes crushed");
        assertThat(damaged.actor).isEqualTo("warehouse");

        assertThatThrownBy(() -> stock.adjust(-4, "lost", "warehouse", NOW))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.code()).isEqualTo("below-reserved"));
        assertThatThrownBy(() -> Stock.of("LIS", "A", 2, 0).adjust(-3, "lost", "warehouse", NOW))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.code()).isEqualTo("negative-stock"));
        assertThatThrownBy(() -> stock.adjust(0, "nothing", "warehouse", NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> stock.adjust(1, " ", "warehouse", NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThat(stock.onHand).isEqualTo(6);
    }

    @Test
    void aReceiptPutsGoodsOnTheShelf() {
        Stock stock = Stock.of("LIS", "A", 1, 1);
        StockMovement receipt = stock.receive(5, "purchase request X", "purchasing", NOW);
        assertThat(receipt.type).isEqualTo(MovementType.RECEIPT);
        assertThat(receipt.quantity).isEqualTo(5);
        assertThat(receipt.reason).isEqualTo("purchase request X");
        assertThat(stock.available()).isEqualTo(5);
    }
}
