package com.smartstore.oms.shipping;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.smartstore.oms.contracts.EventJson;
import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.Topics;
import com.smartstore.oms.contracts.events.ExceptionStage;
import com.smartstore.oms.contracts.events.ExceptionType;
import com.smartstore.oms.contracts.events.LineQuantity;
import com.smartstore.oms.contracts.events.OrderException;
import com.smartstore.oms.contracts.events.Picked;
import com.smartstore.oms.contracts.events.Remedy;
import com.smartstore.oms.contracts.events.ReplacementRequested;
import com.smartstore.oms.contracts.events.Shipped;
import com.smartstore.oms.kit.testing.Deliver;
import com.smartstore.oms.kit.testing.TestKafka;
import com.smartstore.oms.kit.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Remedies from the case desk (issue 11, R-E7): review's exception desk publishes the RESOLVED step of the logistics
 * case shipping opened for a lost parcel; shipping records the remedy once per case, a RESEND asks the warehouse for a
 * replacement once, and the warehouse's {@code picked} for it opens a shipment linked to the lost one, whose
 * {@code shipped} counts on.
 */
@QuarkusTest
class RemedyTest {

    @Test
    void aResendIsRecordedOnceAsksTheWarehouseOnceAndItsReplacementShipsLinkedToTheLostParcel() throws Exception {
        TrackingTest.Dispatched parcel = lostParcel();
        OrderException detection = detection(parcel.orderId());
        UUID caseId = UUID.randomUUID();
        OrderException resolved = resolved(detection, caseId, Remedy.RESEND);

        String eventId = Deliver.event(Events.ORDER_EXCEPTION, resolved);
        shipment(parcel.shipmentId(), "customer-service")
                .body("remedy", equalTo("RESEND"))
                .body("remedyCaseId", equalTo(caseId.toString()))
                .body("remedyBy", equalTo("carla"))
                .body("remedyAt", notNullValue())
                .body("replacementRequestedAt", notNullValue());

        // Redelivered, the same step under another event id, and the case closed later: one replacement request.
        Deliver.event(Events.ORDER_EXCEPTION, resolved, eventId);
        Deliver.event(Events.ORDER_EXCEPTION, resolved);
        Deliver.event(Events.ORDER_EXCEPTION, step(resolved, ExceptionStage.CLOSED, caseId, Remedy.RESEND));

        ReplacementRequested request = replacementRequests(parcel.orderId(), 1).get(0);
        assertThat(request.lostShipmentId()).isEqualTo(UUID.fromString(parcel.shipmentId()));
        assertThat(request.caseId()).isEqualTo(caseId);
        assertThat(request.exceptionId()).isEqualTo(detection.exceptionId());
        assertThat(request.orderNumber()).isEqualTo(Fixtures.orderNumber(parcel.orderId()));
        assertThat(request.lines()).containsExactly(new LineQuantity("SKU-A", 2));
        assertThat(request.warehouse()).isEqualTo("LIS");
        assertThat(request.requestedBy()).isEqualTo("carla");

        // The warehouse packs the replacement, and reports it twice.
        Picked replacement = replacementPicked(parcel.orderId(), UUID.randomUUID(), parcel.shipmentId());
        Deliver.event(Events.PICKED, replacement);
        Deliver.event(Events.PICKED, replacement);
        List<Map<String, Object>> all = Fixtures.shipmentsOf(parcel.orderId())
                .body("items", hasSize(2))
                .extract()
                .path("items");
        Map<String, Object> resend = all.stream()
                .filter(s -> parcel.shipmentId().equals(s.get("replacesShipmentId")))
                .findFirst()
                .orElseThrow();
        assertThat(resend.get("status")).isEqualTo("WAITING_DISPATCH");
        String resendId = (String) resend.get("id");
        shipment(parcel.shipmentId(), "customer-service").body("replacedByShipmentId", equalTo(resendId));

        Fixtures.dispatch(resendId, "shipping", Map.of("carrier", "CTT", "trackingNumber", "RR-RESEND-" + caseId))
                .statusCode(200)
                .body("replacesShipmentId", equalTo(parcel.shipmentId()));
        List<Shipped> shipped = shipped(parcel.orderId(), 2);
        Shipped second = shipped.get(1);
        assertThat(second.shipmentId()).isEqualTo(UUID.fromString(resendId));
        assertThat(second.shipmentNumber()).isEqualTo(2);
        assertThat(second.fullyShipped()).isTrue();
        assertThat(second.shipmentsTotal()).isEqualTo(2);
        assertThat(replacementRequests(parcel.orderId(), 1)).hasSize(1);
    }

    @Test
    void refundsAndCompensationsAreRecordedOnlyAndTheNewestCaseShows() throws Exception {
        TrackingTest.Dispatched parcel = lostParcel();
        OrderException detection = detection(parcel.orderId());
        UUID firstCase = UUID.randomUUID();
        UUID secondCase = UUID.randomUUID();
        OrderException refund = resolved(detection, firstCase, Remedy.REFUND);
        OrderException compensation = new OrderException(
                detection.exceptionId(),
                detection.orderId(),
                detection.orderNumber(),
                ExceptionType.LOGISTICS,
                ExceptionStage.RESOLVED,
                secondCase,
                detection.severity(),
                detection.code(),
                detection.description(),
                detection.details(),
                "dora",
                "dora",
                null,
                null,
                Remedy.COMPENSATION,
                "voucher",
                null,
                refund.occurredAt().plusSeconds(60));

        // The later case first, then the earlier one arriving late: the shipment shows the later.
        Deliver.event(Events.ORDER_EXCEPTION, compensation);
        Deliver.event(Events.ORDER_EXCEPTION, refund);
        shipment(parcel.shipmentId(), "customer-service")
                .body("remedy", equalTo("COMPENSATION"))
                .body("remedyCaseId", equalTo(secondCase.toString()))
                .body("remedyBy", equalTo("dora"))
                .body("replacementRequestedAt", nullValue());
        assertThat(TestKafka.records(
                        Topics.REPLACEMENT_REQUESTED,
                        r -> parcel.orderId().toString().equals(r.key())))
                .isEmpty();
    }

    @Test
    void whatIsNotAResolvedLogisticsCaseAboutAShipmentHereIsSkipped() {
        TrackingTest.Dispatched parcel = lostParcel();
        OrderException detection = detection(parcel.orderId());
        // Shipping's own detection, an ASSIGNED step, a resolved case of another type, and one naming no shipment here.
        Deliver.event(Events.ORDER_EXCEPTION, detection);
        Deliver.event(Events.ORDER_EXCEPTION, step(detection, ExceptionStage.ASSIGNED, UUID.randomUUID(), null));
        OrderException payment = new OrderException(
                detection.exceptionId(),
                detection.orderId(),
                detection.orderNumber(),
                ExceptionType.PAYMENT,
                ExceptionStage.RESOLVED,
                UUID.randomUUID(),
                detection.severity(),
                "PAYMENT_FAILED",
                "failed",
                detection.details(),
                "carla",
                "carla",
                null,
                null,
                Remedy.RESEND,
                "x",
                null,
                Instant.now());
        Deliver.event(Events.ORDER_EXCEPTION, payment);
        Map<String, String> elsewhere = new java.util.HashMap<>(detection.details());
        elsewhere.put("shipmentId", UUID.randomUUID().toString());
        OrderException unknown = new OrderException(
                detection.exceptionId(),
                detection.orderId(),
                detection.orderNumber(),
                ExceptionType.LOGISTICS,
                ExceptionStage.RESOLVED,
                UUID.randomUUID(),
                detection.severity(),
                detection.code(),
                "lost",
                elsewhere,
                "carla",
                "carla",
                null,
                null,
                Remedy.RESEND,
                "x",
                null,
                Instant.now());
        Deliver.event(Events.ORDER_EXCEPTION, unknown);

        shipment(parcel.shipmentId(), "customer-service")
                .body("remedy", nullValue())
                .body("replacementRequestedAt", nullValue());
    }

    @Test
    void aReplacementPackedForAShipmentShippingDoesNotKnowStillOpensOne() {
        UUID orderId = UUID.randomUUID();
        Deliver.event(Events.ORDER_RECEIVED, Fixtures.orderReceived(orderId, 1, "Braga", null));
        UUID lost = UUID.randomUUID();
        Deliver.event(Events.PICKED, replacementPicked(orderId, UUID.randomUUID(), lost.toString()));
        Fixtures.shipmentsOf(orderId)
                .body("items", hasSize(1))
                .body("items[0].replacesShipmentId", equalTo(lost.toString()))
                .body("items[0].status", equalTo("WAITING_DISPATCH"));
    }

    /** A dispatched parcel its carrier reported LOST (signed webhook): shipping opened a logistics case. */
    static TrackingTest.Dispatched lostParcel() {
        TrackingTest.Dispatched parcel = TrackingTest.dispatched();
        TrackingTest.carrierWebhook(
                        "ctt",
                        TrackingTest.carrierUpdate("ctt-" + UUID.randomUUID(), parcel.trackingNumber(), "LOST"),
                        "test-only-ctt-secret")
                .statusCode(200)
                .body("status", equalTo("LOST"));
        return parcel;
    }

    /** Shipping's detection on {@code order-exception}, as review reads it. */
    static OrderException detection(UUID orderId) {
        List<ConsumerRecord<String, String>> found =
                TestKafka.awaitRecords(Topics.ORDER_EXCEPTION, orderId.toString(), 1);
        try {
            return EventJson.mapper().readValue(found.get(0).value(), OrderException.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The case's RESOLVED step as review's exception desk publishes it (ExceptionCase.resolve). */
    static OrderException resolved(OrderException detection, UUID caseId, Remedy remedy) {
        return step(detection, ExceptionStage.RESOLVED, caseId, remedy);
    }

    static OrderException step(OrderException detection, ExceptionStage stage, UUID caseId, Remedy remedy) {
        return new OrderException(
                detection.exceptionId(),
                detection.orderId(),
                detection.orderNumber(),
                detection.type(),
                stage,
                caseId,
                detection.severity(),
                detection.code(),
                detection.description(),
                detection.details(),
                "carla",
                "carla",
                null,
                Instant.now().plusSeconds(3600),
                remedy,
                remedy == null ? null : "agreed with the customer",
                stage == ExceptionStage.CLOSED ? 4 : null,
                Instant.now());
    }

    static Picked replacementPicked(UUID orderId, UUID pickListId, String lostShipmentId) {
        return new Picked(
                orderId,
                pickListId,
                "LIS",
                List.of(new LineQuantity("SKU-A", 2)),
                List.of(new Picked.Parcel(1, new BigDecimal("1.20"))),
                "warehouse",
                Instant.now(),
                UUID.fromString(lostShipmentId));
    }

    static ValidatableResponse shipment(String id, String user) {
        return given().auth()
                .oauth2(Tokens.of(user))
                .get("/api/shipments/" + id)
                .then()
                .statusCode(200);
    }

    private static List<ReplacementRequested> replacementRequests(UUID orderId, int count) throws Exception {
        List<ReplacementRequested> found = new ArrayList<>();
        for (ConsumerRecord<String, String> r :
                TestKafka.awaitRecords(Topics.REPLACEMENT_REQUESTED, orderId.toString(), count)) {
            found.add(EventJson.mapper().readValue(r.value(), ReplacementRequested.class));
        }
        return found;
    }

    private static List<Shipped> shipped(UUID orderId, int count) throws Exception {
        List<Shipped> found = new ArrayList<>();
        for (ConsumerRecord<String, String> r : TestKafka.awaitRecords(Topics.SHIPPED, orderId.toString(), count)) {
            found.add(EventJson.mapper().readValue(r.value(), Shipped.class));
        }
        found.sort(java.util.Comparator.comparing(Shipped::shipmentNumber));
        return found;
    }
}
