package com.smartstore.oms.warehouse.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.smartstore.oms.kit.domain.Refusal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A purchase request moves forward only, and is overdue once its expected arrival has passed (R-W5). */
class PurchaseRequestTest {
    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final LocalDate ARRIVAL = LocalDate.parse("2026-12-10");

    private static PurchaseRequest requested() {
        return PurchaseRequest.requested("MUG", "blue, 300 ml", 50, "Acme", ARRIVAL, null, "buyer", NOW);
    }

    @Test
    void aNewRequestIsRequestedByItsAuthor() {
        PurchaseRequest request = requested();

        assertThat(request.status).isEqualTo(PurchaseRequestStatus.REQUESTED);
        assertThat(request.quantity).isEqualTo(50);
        assertThat(request.createdBy).isEqualTo("buyer");
        assertThat(request.updatedAt).isEqualTo(NOW);
    }

    @Test
    void itMovesForwardOrStaysAndAStepBackIsRefused() {
        PurchaseRequest request = requested();
        Instant later = NOW.plusSeconds(60);

        request.advanceTo(PurchaseRequestStatus.IN_TRANSIT, later);
        request.advanceTo(PurchaseRequestStatus.IN_TRANSIT, later.plusSeconds(1));

        assertThat(request.status).isEqualTo(PurchaseRequestStatus.IN_TRANSIT);
        assertThat(request.updatedAt).isEqualTo(later.plusSeconds(1));
        assertThatThrownBy(() -> request.advanceTo(PurchaseRequestStatus.ORDERED, later.plusSeconds(2)))
                .isInstanceOf(Refusal.class)
                .hasMessage("Purchase request " + request.id + " is IN_TRANSIT; it only moves forward (REQUESTED,"
                        + " ORDERED, CONFIRMED, IN_TRANSIT, RECEIVED), not back to ORDERED")
                .extracting(e -> ((Refusal) e).code())
                .isEqualTo("status-backward");
        assertThat(request.status).isEqualTo(PurchaseRequestStatus.IN_TRANSIT);
        assertThat(request.updatedAt).isEqualTo(later.plusSeconds(1));
        request.received(later.plusSeconds(3));
        assertThat(request.status).isEqualTo(PurchaseRequestStatus.RECEIVED);
    }

    @Test
    void itIsOverdueAfterItsExpectedArrivalUntilReceived() {
        PurchaseRequest request = requested();

        assertThat(request.overdue(ARRIVAL)).isFalse();
        assertThat(request.overdue(ARRIVAL.plusDays(1))).isTrue();
        request.received(NOW);
        assertThat(request.overdue(ARRIVAL.plusDays(1))).isFalse();
    }
}
