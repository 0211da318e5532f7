package com.smartstore.oms.warehouse.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.smartstore.oms.contracts.events.LineQuantity;
import com.smartstore.oms.contracts.events.ShortageReason;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Units an order waits for (R-W6): amended, served by a warehouse once, or stopped. */
class BackorderTest {
    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final LocalDate SHIP = LocalDate.parse("2026-12-10");
    private static final UUID ORDER = UUID.randomUUID();

    private static Backorder waiting(LineQuantity... lines) {
        return Backorder.waiting(ORDER, "SO-3", 2, List.of(lines), SHIP, NOW.minusSeconds(60), NOW);
    }

    @Test
    void aShortPickWaitsForTheMissingUnitsOfItsListInThatWarehouse() {
        PickList list = PickList.open(
                ORDER, "SO-3", 4, "LIS", List.of(new LineQuantity("MUG", 3)), SHIP, NOW, NOW, Duration.ZERO);

        Backorder backorder = Backorder.shortPick(list, List.of(new LineQuantity("MUG", 2)), NOW);

        assertThat(backorder.reason).isEqualTo(ShortageReason.SHORT_PICK);
        assertThat(backorder.warehouse).isEqualTo("LIS");
        assertThat(backorder.revision).isEqualTo(4);
        assertThat(backorder.status).isEqualTo(BackorderStatus.WAITING);
        assertThat(backorder.quantitiesBySku()).containsExactly(Map.entry("MUG", 2));
        assertThat(waiting().reason).isEqualTo(ShortageReason.BACKORDER);
        assertThat(waiting().warehouse).isNull();
    }

    @Test
    void anAmendmentAddsToASkusLineOrANewNumberedLineAndTakesOffAtMostWhatIsWaitedFor() {
        Backorder backorder = waiting(new LineQuantity("MUG", 2));

        backorder.add("MUG", 1);
        backorder.add("TEA", 4);

        assertThat(backorder.lines)
                .extracting(l -> l.lineNo, l -> l.sku, l -> l.quantity)
                .containsExactly(tuple(1, "MUG", 3), tuple(2, "TEA", 4));
        assertThat(backorder.lines).allMatch(l -> l.backorder == backorder);
        assertThat(backorder.reduce("MUG", 5)).isEqualTo(3);
        assertThat(backorder.reduce("COFFEE", 1)).isZero();
        assertThat(backorder.status).isEqualTo(BackorderStatus.WAITING);
        assertThat(backorder.lineQuantities()).containsExactly(new LineQuantity("TEA", 4));
    }

    @Test
    void aBackorderLeftWithoutLinesIsSuperseded() {
        Backorder backorder = waiting(new LineQuantity("MUG", 2));

        assertThat(backorder.reduce("MUG", 2)).isEqualTo(2);

        assertThat(backorder.lines).isEmpty();
        assertThat(backorder.status).isEqualTo(BackorderStatus.SUPERSEDED);
    }

    @Test
    void servingOpensAPickListForEveryLineOnceAndRemembersIt() {
        Backorder backorder = waiting(new LineQuantity("MUG", 2), new LineQuantity("TEA", 1));
        Instant later = NOW.plusSeconds(3600);

        PickList list = backorder.serve("POR", later, Duration.ofHours(4));

        assertThat(list.warehouse).isEqualTo("POR");
        assertThat(list.orderId).isEqualTo(ORDER);
        assertThat(list.revision).isEqualTo(2);
        assertThat(list.requestedShipDate).isEqualTo(SHIP);
        assertThat(list.approvedAt).isEqualTo(NOW.minusSeconds(60));
        assertThat(list.quantitiesBySku()).containsExactly(Map.entry("MUG", 2), Map.entry("TEA", 1));
        assertThat(backorder.status).isEqualTo(BackorderStatus.SERVED);
        assertThat(backorder.servedAt).isEqualTo(later);
        assertThat(backorder.pickListId).isEqualTo(list.id);
        assertThatThrownBy(() -> backorder.serve("POR", later, Duration.ZERO))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("only a WAITING backorder can be served, " + backorder.id + " is SERVED");
    }

    @Test
    void aCancellationOrARejectionStopsTheWaitWithItsTime() {
        Backorder cancelled = waiting(new LineQuantity("MUG", 1));
        Backorder rejected = waiting(new LineQuantity("MUG", 1));

        cancelled.cancel(NOW);
        rejected.reject(NOW.plusSeconds(1));

        assertThat(cancelled.status).isEqualTo(BackorderStatus.CANCELLED);
        assertThat(cancelled.cancelledAt).isEqualTo(NOW);
        assertThat(rejected.status).isEqualTo(BackorderStatus.REJECTED);
        assertThat(rejected.cancelledAt).isEqualTo(NOW.plusSeconds(1));
        assertThatThrownBy(() -> rejected.serve("LIS", NOW, Duration.ZERO)).isInstanceOf(IllegalStateException.class);
    }
}
