package com.smartstore.oms.shipping;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import com.smartstore.oms.contracts.EventJson;
import com.smartstore.oms.contracts.Topics;
import com.smartstore.oms.contracts.events.DeliveryStatus;
import com.smartstore.oms.contracts.events.DeliveryUpdated;
import com.smartstore.oms.contracts.events.OrderException;
import com.smartstore.oms.kit.testing.TestKafka;
import com.smartstore.oms.kit.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * A carrier's updates for a tracking number no shipment had yet (kept, answered 202) become the shipment's when it is
 * dispatched with that carrier under that number: applied in the carrier's time order, with the usual effects (issue
 * 11, R-S5, R-S6).
 */
@QuarkusTest
class UnmatchedTrackingTest {

    @Test
    void updatesKeptBeforeTheDispatchAreAttachedInCarrierTimeOrderWithTheirEffects() throws Exception {
        UUID orderId = UUID.randomUUID();
        String shipmentId = Fixtures.packedOrder(orderId, "Coimbra");
        String number = "RR" + Math.abs(orderId.getLeastSignificantBits() % 1_000_000_000L) + "PT";
        Instant pickedUp = Instant.now().minus(Duration.ofHours(30)).truncatedTo(ChronoUnit.SECONDS);
        Instant delayed = pickedUp.plus(Duration.ofHours(20));
        String delayedEvent = "ctt-" + UUID.randomUUID();
        // Delivered late and out of order: the DELAYED update first, then the earlier PICKED_UP.
        TrackingTest.carrierWebhook("ctt", update(delayedEvent, number, "DELAYED", delayed), "test-only-ctt-secret")
                .statusCode(202);
        TrackingTest.carrierWebhook(
                        "ctt",
                        update("ctt-" + UUID.randomUUID(), number, "PICKED_UP", pickedUp),
                        "test-only-ctt-secret")
                .statusCode(202);
        // Another carrier's parcel under the same number is not this one.
        TrackingTest.carrierWebhook(
                        "dhl", update("dhl-" + UUID.randomUUID(), number, "LOST", delayed), "test-only-dhl-secret")
                .statusCode(202);

        Fixtures.dispatch(shipmentId, "shipping", Map.of("carrier", "ctt", "trackingNumber", number))
                .statusCode(200)
                .body("deliveryStatus", equalTo("DELAYED"))
                .body("tracking.status", contains("PICKED_UP", "DELAYED"));

        List<DeliveryUpdated> published = new java.util.ArrayList<>();
        for (ConsumerRecord<String, String> r :
                TestKafka.awaitRecords(Topics.DELIVERY_UPDATED, orderId.toString(), 2)) {
            published.add(EventJson.mapper().readValue(r.value(), DeliveryUpdated.class));
        }
        assertThat(published)
                .extracting(DeliveryUpdated::update)
                .containsExactly(DeliveryStatus.PICKED_UP, DeliveryStatus.DELAYED);
        assertThat(published.get(1).happenedAt()).isEqualTo(delayed);
        List<ConsumerRecord<String, String>> cases =
                TestKafka.awaitRecords(Topics.ORDER_EXCEPTION, orderId.toString(), 1);
        OrderException delay = EventJson.mapper().readValue(cases.get(0).value(), OrderException.class);
        assertThat(delay.code()).isEqualTo("PARCEL_DELAYED");
        assertThat(cases).hasSize(1);
        given().auth()
                .oauth2(Tokens.of("customer-service"))
                .get("/api/shipments/" + shipmentId + "/notifications")
                .then()
                .statusCode(200)
                .body("kind", contains("SHIPPED", "DELAYED"));

        // The carrier delivers the kept update again: now it is the shipment's, answered as a duplicate.
        TrackingTest.carrierWebhook("ctt", update(delayedEvent, number, "DELAYED", delayed), "test-only-ctt-secret")
                .statusCode(200)
                .body("matched", equalTo(true))
                .body("duplicate", equalTo(true))
                .body("shipmentId", equalTo(shipmentId));
        Fixtures.shipmentsOf(orderId).body("items[0].tracking.status", contains("PICKED_UP", "DELAYED"));
    }

    private static String update(String eventId, String trackingNumber, String status, Instant happenedAt) {
        return "{\"eventId\":\"" + eventId + "\",\"trackingNumber\":\"" + trackingNumber + "\",\"status\":\"" + status
                + "\",\"happenedAt\":\"" + happenedAt + "\",\"location\":\"Coimbra\"}";
    }
}
