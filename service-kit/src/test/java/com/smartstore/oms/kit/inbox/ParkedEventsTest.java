package com.smartstore.oms.kit.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.events.OrderCancelled;
import com.smartstore.oms.contracts.events.ProductCatalogEntry;
import com.smartstore.oms.kit.KitTopics;
import com.smartstore.oms.kit.testing.Db;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Parked events come back once, in arrival order, typed as they arrived; overdue ones are reported once. */
@QuarkusTest
@QuarkusTestResource(KitTopics.class)
class ParkedEventsTest {
    private static final Instant T = Instant.parse("2026-11-27T09:15:30Z");

    @Inject
    ParkedEvents parked;

    @Test
    void releasedEventsComeBackOnceInArrivalOrderAndTyped() {
        String key = UUID.randomUUID().toString();
        IncomingEvent<OrderCancelled> cancel = cancelled(UUID.fromString(key));
        IncomingEvent<ProductCatalogEntry> entry = new IncomingEvent<>(
                UUID.randomUUID().toString(),
                Events.PRODUCT_CATALOG.ceType(),
                "/oms/test",
                T,
                "SKU-1",
                new ProductCatalogEntry("SKU-1", "Mug", "white", "kitchen", new BigDecimal("8.90"), "EUR", true, T));

        Db.tx(() -> parked.park("kit-a", key, cancel, "order-received"));
        Db.tx(() -> parked.park("kit-a", key, entry, "order-received"));
        Db.tx(() -> parked.park("kit-a", key, cancel, "order-received")); // redelivered: still one row
        Db.tx(() -> parked.park("kit-b", key, entry, "order-received")); // another consumer's

        List<ParkedEvent> released = Db.tx(() -> parked.release("kit-a", key));
        assertThat(released).extracting(ParkedEvent::eventId).containsExactly(cancel.id(), entry.id());
        assertThat(released.get(0).is(Events.ORDER_CANCELLED)).isTrue();
        assertThat(released.get(0).as(Events.ORDER_CANCELLED)).isEqualTo(cancel);
        assertThat(released.get(1).as(Events.PRODUCT_CATALOG).payload()).isEqualTo(entry.payload());
        assertThat(Db.tx(() -> parked.release("kit-a", key))).isEmpty();
        assertThat(Db.tx(() -> parked.release("kit-b", key))).hasSize(1);
    }

    @Test
    void aReleaseThatRollsBackLeavesTheEventsParked() {
        String key = UUID.randomUUID().toString();
        Db.tx(() -> parked.park("kit-a", key, cancelled(UUID.fromString(key)), "order-approved"));

        try {
            Db.tx(() -> parked.release("kit-a", key)
                    .chain(events -> Uni.createFrom().failure(new IllegalStateException("handler failed"))));
        } catch (IllegalStateException expected) {
            // the handler's failure rolls the release back
        }

        assertThat(Db.tx(() -> parked.release("kit-a", key))).hasSize(1);
    }

    @Test
    void anEventParkedTooLongIsReportedOnceAsAnException() {
        UUID order = UUID.randomUUID();
        Db.tx(() -> parked.park("kit-a", order.toString(), cancelled(order), "order-approved"));
        Db.tx(() -> Panache.getSession()
                .chain(s -> s.createNativeQuery(
                                "update parked_event set parked_at = now() - interval '1 day' where event_key = :k")
                        .setParameter("k", order.toString())
                        .executeUpdate()));

        assertThat(Db.call(() -> parked.reportOverdue(Instant.now()))).isGreaterThanOrEqualTo(1);
        assertThat(Db.call(() -> parked.reportOverdue(Instant.now()))).isZero();
        List<String> detections = Db.read(() -> Panache.getSession()
                .chain(s -> s.createNativeQuery(
                                "select payload from outbox where event_key = :k and ce_type = :t", String.class)
                        .setParameter("k", order.toString())
                        .setParameter("t", Events.ORDER_EXCEPTION.ceType())
                        .getResultList()));
        assertThat(detections).singleElement().asString().contains("EVENT_PARKED_TOO_LONG", "order-approved");
    }

    private static IncomingEvent<OrderCancelled> cancelled(UUID order) {
        return new IncomingEvent<>(
                UUID.randomUUID().toString(),
                Events.ORDER_CANCELLED.ceType(),
                "/oms/shipping-service",
                T.truncatedTo(ChronoUnit.SECONDS),
                order.toString(),
                new OrderCancelled(order, "SO-1", "APPROVED", "changed mind", "cs", T));
    }
}
