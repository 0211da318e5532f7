package com.smartstore.oms.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What happens to an order after it was placed, across the services: a rejected order corrected and
 * reviewed again (R-I9), a cancellation releasing the warehouse's reservation (R-I11), and a payment
 * anomaly detected by intake becoming an exception case that is handled to the end (R-E2..R-E6).
 */
@ExtendWith(RunningServices.class)
class OrderChangesIT {
    private final OmsClient oms = new OmsClient(
            System.getProperty("oms.test.keycloak", "http://127.0.0.1:8180"), RunningServices.PORT_OFFSET);
    private final OrderFlow flow = new OrderFlow(oms);

    @Test
    void aRejectedOrderIsCorrectedByTheClerkReviewedAgainAndShipped() {
        String sku = flow.stockedProduct("Rain jacket", "M", "120.00", 5, 1);
        UUID orderId = id(flow.placeOrder(OrderFlow.cashOnDelivery(OrderFlow.order(
                "Rui Santos", "rui@example.com", List.of(OrderFlow.line(sku, "Rain jacket", 1, "99.00")), "99.00"))));
        JsonNode review = flow.awaitPendingReview(orderId);
        flow.reject(review.get("id").asText(), "PRICE_MISMATCH", "The price is 120.00");

        JsonNode correction = flow.awaitCorrection(orderId);
        assertThat(correction.get("reasonCode").asText()).isEqualTo("PRICE_MISMATCH");
        assertThat(correction.get("reason").asText()).isEqualTo("The price is 120.00");

        JsonNode corrected = flow.correct(
                orderId,
                OrderFlow.cashOnDelivery(OrderFlow.order(
                        "Rui Santos",
                        "rui@example.com",
                        List.of(OrderFlow.line(sku, "Rain jacket", 1, "120.00")),
                        "120.00")));
        assertThat(corrected.get("revision").asInt()).isEqualTo(2);

        // Review treats revision 2 as new work: it passes every rule now and moves on by itself.
        JsonNode shipped = flow.shipApprovedOrder(orderId, "CTT", "RR000000002PT");
        assertThat(shipped.get("revision").asInt()).isEqualTo(2);
    }

    @Test
    void cancellingAnApprovedOrderIsConfirmedByShippingAndReleasesItsReservationAndPickList() {
        String sku = flow.stockedProduct("Desk lamp", "white", "35.00", 4, 3);
        UUID orderId = id(flow.placePaidOrder(OrderFlow.order(
                "Marta Lopes", "marta@example.com", List.of(OrderFlow.line(sku, "Desk lamp", 3, "35.00")), "105.00")));
        flow.awaitOrderStatus(orderId, "APPROVED");
        String pickListId = flow.awaitOpenPickList(orderId).get("id").asText();
        flow.awaitStock("LIS", sku, 3, 1);

        JsonNode requested = flow.requestCancellation(orderId, "Customer found it cheaper elsewhere");
        assertThat(requested.path("cancellation").path("status").asText()).isEqualTo("REQUESTED");
        flow.awaitCancellation(orderId, "CONFIRMED");
        flow.awaitOrderStatus(orderId, "CANCELLED");

        flow.awaitStock("LIS", sku, 0, 4);
        JsonNode pickList = oms.get(Service.WAREHOUSE, "/api/pick-lists/" + pickListId, "warehouse")
                .expect(200)
                .body();
        assertThat(pickList.get("status").asText()).isEqualTo("CANCELLED");
        OmsClient.Reply tooLate =
                oms.post(Service.WAREHOUSE, "/api/pick-lists/" + pickListId + "/confirm", "warehouse", Map.of());
        assertThat(tooLate.status()).isEqualTo(409);
    }

    @Test
    void aFailedPaymentBecomesACaseThatIsAssignedResolvedAndClosedWithTheCustomersSatisfaction() {
        String sku = flow.stockedProduct("Kettle", "1.7 l", "49.00", 2, 1);
        UUID orderId = id(flow.placeOrder(OrderFlow.order(
                "Joana Reis", "joana@example.com", List.of(OrderFlow.line(sku, "Kettle", 1, "49.00")), "49.00")));

        oms.post(
                        Service.INTAKE,
                        "/api/orders/" + orderId + "/payments",
                        "finance",
                        Map.of(
                                "provider", "card-gateway",
                                "paymentId", "pay-" + UUID.randomUUID(),
                                "status", "FAILED",
                                "amount", "49.00",
                                "failureReason", "card declined"))
                .expect(201);

        JsonNode opened = flow.awaitCase(orderId);
        assertThat(opened.get("type").asText()).isEqualTo("PAYMENT");
        assertThat(opened.get("code").asText()).isEqualTo("PAYMENT_FAILED");
        assertThat(opened.get("status").asText()).isEqualTo("OPEN");
        String cases = "/api/cases/" + opened.get("id").asText();

        oms.post(
                        Service.REVIEW,
                        cases + "/assign",
                        "manager",
                        Map.of(
                                "owner", "finance",
                                "plan", "Ask the customer to pay by another card",
                                "deadline",
                                        Instant.now().plus(1, ChronoUnit.DAYS).toString()))
                .expect(200);
        oms.post(
                        Service.REVIEW,
                        cases + "/resolve",
                        "finance",
                        Map.of(
                                "result", "Customer paid by bank transfer",
                                "remedy", "NONE",
                                "financeAction", "Matched transfer TRF-881 to the order"))
                .expect(200);
        oms.post(
                        Service.REVIEW,
                        cases + "/close",
                        "customer-service",
                        Map.of("customerInformed", true, "satisfaction", 4))
                .expect(200);

        JsonNode closed = oms.get(Service.REVIEW, cases, "manager").expect(200).body();
        assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.get("satisfaction").asInt()).isEqualTo(4);
        assertThat(StreamSupport.stream(closed.get("history").spliterator(), false)
                        .map(step -> step.get("stage").asText() + " by "
                                + step.get("actor").asText())
                        .toList())
                .containsExactly(
                        "OPENED by order-intake-service",
                        "ASSIGNED by manager",
                        "RESOLVED by finance",
                        "CLOSED by customer-service");
    }

    @Test
    void aCancellationAskedForAfterTheParcelLeftIsRefusedByShippingAndTheOrderStaysShipped() {
        String sku = flow.stockedProduct("Tea set", "blue", "42.00", 3, 1);
        UUID orderId = id(flow.placePaidOrder(OrderFlow.order(
                "Lia Rocha", "lia@example.com", List.of(OrderFlow.line(sku, "Tea set", 1, "42.00")), "42.00")));
        String refusal = flow.dispatchWhileCustomerCancels(orderId, "CTT", "RR000000777PT");

        // Shipping refused (the parcel had left) or intake already knew it had: never cancelled either way.
        assertThat(refusal)
                .satisfiesAnyOf(
                        r -> assertThat(r).startsWith("shipping: ").contains("RR000000777PT"),
                        r -> assertThat(r).startsWith("intake: SHIPPED"));
        assertThat(flow.awaitOrderStatus(orderId, "SHIPPED").path("status").asText())
                .isEqualTo("SHIPPED");
    }

    @Test
    void aPaymentThatFailsAfterApprovalHoldsTheOrderBeforePicking() {
        String sku = flow.stockedProduct("Lantern", "brass", "30.00", 3, 1);
        UUID orderId = id(flow.placePaidOrder(OrderFlow.order(
                "Tiago Lima", "tiago@example.com", List.of(OrderFlow.line(sku, "Lantern", 1, "30.00")), "30.00")));
        flow.awaitOrderStatus(orderId, "APPROVED");
        String pickListId = flow.awaitOpenPickList(orderId).get("id").asText();

        flow.recordPayment(orderId, "FAILED", "30.00", "chargeback");

        flow.awaitOrderStatus(orderId, "IN_MANUAL_REVIEW");
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(oms.post(
                                        Service.WAREHOUSE,
                                        "/api/pick-lists/" + pickListId + "/confirm",
                                        "warehouse",
                                        Map.of())
                                .status())
                        .isEqualTo(409));
    }

    private static UUID id(JsonNode created) {
        return UUID.fromString(created.get("id").asText());
    }
}
