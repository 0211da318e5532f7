package com.smartstore.oms.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartstore.oms.contracts.EventJson;
import com.smartstore.oms.contracts.Topics;
import com.smartstore.oms.contracts.events.OrderException;
import com.smartstore.oms.contracts.events.SlaBreached;
import com.smartstore.oms.contracts.events.SlaKind;
import com.smartstore.oms.kit.sla.DeadlineWatch;
import com.smartstore.oms.kit.testing.Db;
import com.smartstore.oms.kit.testing.TestClock;
import com.smartstore.oms.kit.testing.TestKafka;
import com.smartstore.oms.shipping.repository.ShipmentRepository;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A shipped parcel without a tracking update for {@code oms.sla.stale-tracking-hours} (48) is flagged once per silence
 * (R-S6): {@code sla-breached} TRACKING and a logistics case; a delivered parcel's silence is no news.
 */
@QuarkusTest
class StaleTrackingTest {
    @Inject
    TestClock clock;

    @Inject
    DeadlineWatch watch;

    @Inject
    ShipmentRepository shipments;

    @AfterEach
    void backToSystemTime() {
        clock.reset();
    }

    @Test
    void aSilentParcelIsFlaggedOncePerSilenceAndADeliveredOneNever() throws Exception {
        TrackingTest.Dispatched silent = TrackingTest.dispatched();
        TrackingTest.Dispatched delivered = TrackingTest.dispatched();
        TrackingTest.track(delivered.shipmentId(), "shipping", Map.of("status", "DELIVERED"))
                .statusCode(201);

        clock.advance(Duration.ofHours(47));
        Db.call(watch::checkNow);
        assertThat(flaggedAt(silent)).as("47 hours of silence").isNull();
        assertThat(breaches(silent.orderId())).isEmpty();

        clock.advance(Duration.ofHours(2));
        Db.call(watch::checkNow);
        SlaBreached breach = EventJson.mapper()
                .readValue(
                        TestKafka.awaitRecords(
                                        Topics.SLA_BREACHED, silent.orderId().toString(), 1)
                                .get(0)
                                .value(),
                        SlaBreached.class);
        Instant flagged = flaggedAt(silent);
        assertThat(flagged).as("49 hours of silence").isNotNull();
        assertThat(breach.kind()).isEqualTo(SlaKind.TRACKING);
        assertThat(breach.subjectId()).isEqualTo(silent.shipmentId());
        assertThat(breach.service()).isEqualTo("shipping-service");
        assertThat(breach.owner()).isEqualTo("CTT");
        OrderException stale = EventJson.mapper()
                .readValue(
                        TestKafka.awaitRecords(
                                        Topics.ORDER_EXCEPTION, silent.orderId().toString(), 1)
                                .get(0)
                                .value(),
                        OrderException.class);
        assertThat(stale.code()).isEqualTo("TRACKING_STALE");
        assertThat(stale.type().name()).isEqualTo("LOGISTICS");
        assertThat(stale.details()).containsEntry("trackingNumber", silent.trackingNumber());

        // Checked again: nothing more. The delivered parcel was never flagged.
        Db.call(watch::checkNow);
        assertThat(flaggedAt(silent)).isEqualTo(flagged);
        assertThat(breaches(silent.orderId())).hasSize(1);
        assertThat(flaggedAt(delivered)).isNull();
        assertThat(breaches(delivered.orderId())).isEmpty();

        // News arrives, then silence again for 49 hours: flagged a second time.
        TrackingTest.track(
                        silent.shipmentId(),
                        "customer-service",
                        Map.of(
                                "status",
                                "IN_TRANSIT",
                                "happenedAt",
                                Instant.now().toString()))
                .statusCode(201);
        assertThat(flaggedAt(silent)).as("news clears the flag").isNull();
        clock.advance(Duration.ofHours(49));
        Db.call(watch::checkNow);
        assertThat(TestKafka.awaitRecords(Topics.SLA_BREACHED, silent.orderId().toString(), 2))
                .hasSize(2);
    }

    /** When the parcel was flagged silent, as shipping's database says (null: not flagged). */
    private Instant flaggedAt(TrackingTest.Dispatched parcel) {
        return Db.read(() -> shipments.findById(UUID.fromString(parcel.shipmentId()))).staleFlaggedAt;
    }

    private static List<ConsumerRecord<String, String>> breaches(UUID orderId) {
        return TestKafka.records(Topics.SLA_BREACHED, r -> r.key().equals(orderId.toString()));
    }
}
