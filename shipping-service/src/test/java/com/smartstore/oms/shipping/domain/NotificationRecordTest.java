package com.smartstore.oms.shipping.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A customer notification's life without Quarkus: pending, failed attempts with backoff, sent or given up, erased. */
class NotificationRecordTest {
    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    private static final RetryPolicy RETRIES = new RetryPolicy(3, Duration.ofMinutes(1), Duration.ofMinutes(10));

    @Test
    void aMailIsDueAtOnceAndRecordedWhenSent() {
        Notification n = pending();
        assertThat(n.status).isEqualTo(NotificationStatus.PENDING);
        assertThat(n.nextAttemptAt).isEqualTo(T0);
        assertThat(n.cause).isEqualTo("SHIPPED");

        n.sent(T0.plusSeconds(5));

        assertThat(n.status).isEqualTo(NotificationStatus.SENT);
        assertThat(n.sentAt).isEqualTo(T0.plusSeconds(5));
        assertThat(n.attempts).isEqualTo(1);
        assertThat(n.nextAttemptAt).isNull();
    }

    @Test
    void failedAttemptsWaitLongerEachTimeAndTheLastOneGivesUp() {
        Notification n = pending();
        n.attemptFailed("Connection refused", T0, RETRIES);
        assertThat(n.status).isEqualTo(NotificationStatus.PENDING);
        assertThat(n.nextAttemptAt).isEqualTo(T0.plus(Duration.ofMinutes(1)));
        assertThat(n.lastError).isEqualTo("Connection refused");

        n.attemptFailed("x".repeat(600), T0.plusSeconds(60), RETRIES);
        assertThat(n.nextAttemptAt).isEqualTo(T0.plusSeconds(60).plus(Duration.ofMinutes(2)));
        assertThat(n.lastError).hasSize(Notification.MAX_ERROR);

        n.attemptFailed(null, T0.plusSeconds(300), RETRIES);
        assertThat(n.status).isEqualTo(NotificationStatus.FAILED);
        assertThat(n.failedAt).isEqualTo(T0.plusSeconds(300));
        assertThat(n.nextAttemptAt).isNull();
        assertThat(n.attempts).isEqualTo(3);
        assertThat(n.lastError).isEqualTo("unknown error");
    }

    @Test
    void aMailServersAnswerIsKeptUpToTheLimit() {
        Notification n = pending();
        n.attemptFailed("y".repeat(Notification.MAX_ERROR), T0, RETRIES);
        assertThat(n.lastError).isEqualTo("y".repeat(Notification.MAX_ERROR));
    }

    @Test
    void aMailThatCouldNotBeRenderedHasFailedAtOnce() {
        Notification n = pending();
        n.unrendered("Property \"x\" not found", T0);
        assertThat(n.status).isEqualTo(NotificationStatus.FAILED);
        assertThat(n.failedAt).isEqualTo(T0);
        assertThat(n.nextAttemptAt).isNull();
        assertThat(n.body).isNull();
        assertThat(n.lastError).isEqualTo("could not render the mail: Property \"x\" not found");
        n.unrendered(null, T0);
        assertThat(n.lastError).isEqualTo("could not render the mail");
    }

    @Test
    void anOrderWithoutAnAddressIsSkipped() {
        Notification n = Notification.of(shipment(), CustomerNotice.shipped(null), "en", " ", "subject", "body", T0);
        assertThat(n.status).isEqualTo(NotificationStatus.SKIPPED);
        assertThat(n.recipient).isNull();
        assertThat(n.body).isNull();
        assertThat(n.nextAttemptAt).isNull();
    }

    @Test
    void erasingStopsAPendingMailAndKeepsASentOnesFacts() {
        Notification pending = pending();
        pending.redact();
        assertThat(pending.status).isEqualTo(NotificationStatus.CANCELLED);
        assertThat(pending.recipient).isEqualTo(ShipTo.REDACTED);
        assertThat(pending.body).isNull();
        assertThat(pending.nextAttemptAt).isNull();

        Notification sent = pending();
        sent.sent(T0);
        sent.redact();
        assertThat(sent.status).isEqualTo(NotificationStatus.SENT);
        assertThat(sent.sentAt).isEqualTo(T0);
        assertThat(sent.recipient).isEqualTo(ShipTo.REDACTED);
        assertThat(sent.body).isNull();
    }

    @Test
    void aNewEtaIsOneCausePerDate() {
        assertThat(CustomerNotice.newEta(LocalDate.of(2030, 1, 7)).cause()).isEqualTo("NEW_ETA:2030-01-07");
        assertThat(CustomerNotice.exception(NotificationKind.LOST, null).cause())
                .isEqualTo("LOST");
    }

    private static Notification pending() {
        return Notification.of(
                shipment(), CustomerNotice.shipped(null), "en", " ana@example.com ", "subject", "<p>hi</p>", T0);
    }

    private static Shipment shipment() {
        Shipment s = new Shipment();
        s.id = UUID.randomUUID();
        s.orderId = UUID.randomUUID();
        s.orderNumber = "SO-1";
        return s;
    }
}
