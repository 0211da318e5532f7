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
 * The walking skeleton, end to end: all six services on the real PostgreSQL, Kafka and Keycloak, driven
 * through their REST APIs with real tokens, every hop through the outbox, Kafka and the inbox.
 */
@ExtendWith(RunningServices.class)
class OrderLifecycleIT {
    private final OrderFlow flow = new OrderFlow(new OmsClient(
            System.getProperty("oms.test.keycloak", "http://127.0.0.1:8180"), RunningServices.PORT_OFFSET));

    @Test
    void orderGoesFromIntakeToShippedIsCountedByAnalyticsAndCanBeReturned() {
        Instant start = Instant.now().minusSeconds(1);
        String sku = flow.stockedProduct("Trail shoe", "42, blue", "79.90", 10, 2);

        JsonNode created = flow.placeOrder(OrderFlow.cashOnDelivery(OrderFlow.order(
                "Ana Silva", "ana@example.com", List.of(OrderFlow.line(sku, "Trail shoe", 2, "79.90")), "159.80")));
        UUID orderId = UUID.fromString(created.get("id").asText());
        assertThat(created.get("orderNumber").asText()).matches("SO-\\d{8}-\\d{5}");

        flow.shipApprovedOrder(orderId, "CTT", "RR123456789PT");
        // Intake reads picked and shipped from two topics: the history is complete once both are in.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode shipped = flow.order(orderId);
            assertThat(statuses(shipped)).containsExactly("RECEIVED", "APPROVED", "PICKED", "SHIPPED");
            assertThat(shipped.at("/history/3/detail").asText()).isEqualTo("CTT RR123456789PT");
        });

        // Analytics recorded each step at the time it happened, in the order it happened.
        List<String> stepNames = List.of("receivedAt", "approvedAt", "pickedAt", "shippedAt");
        JsonNode timeline = flow.awaitTimeline(orderId, stepNames.toArray(String[]::new));
        List<Instant> steps = stepNames.stream()
                .map(step -> Instant.parse(timeline.get(step).asText()))
                .toList();
        assertThat(steps).isSorted().allSatisfy(t -> assertThat(t).isBetween(start, Instant.now()));
        assertThat(timeline.get("orderNumber").asText())
                .isEqualTo(created.get("orderNumber").asText());
        assertThat(timeline.toString()).doesNotContain("Ana Silva").doesNotContain("ana@example.com");

        Instant end = Instant.now().plusSeconds(1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            // The report adds up whole UTC days (issue 13): other orders shipped today count too, so the figures
            // are bounded below only; analytics-service's tests check them exactly.
            JsonNode report = flow.timeToShip(start, end);
            assertThat(report.get("shippedOrders").asInt()).isGreaterThanOrEqualTo(1);
            for (String stage : List.of("receivedToApproved", "approvedToPicked", "pickedToShipped")) {
                JsonNode figures = report.at("/stages/" + stage);
                assertThat(figures.get("count").asInt()).as(stage).isGreaterThanOrEqualTo(1);
                assertThat(figures.get("p50Seconds").asDouble()).as(stage).isGreaterThanOrEqualTo(0.0);
                assertThat(figures.get("maxSeconds").asDouble()).as(stage).isGreaterThanOrEqualTo(0.0);
            }
            assertThat(report.at("/receivedToShipped/maxSeconds").asDouble()).isGreaterThanOrEqualTo(0.0);
        });

        JsonNode ticket = flow.requestReturn(orderId, "Too small").expect(201).body();
        assertThat(ticket.get("status").asText()).isEqualTo("REQUESTED");
    }

    /**
     * Issue 12 (R-X6): exchanged goods become a zero-priced replacement order that review approves by itself (its
     * prices and its repeat of the original's items are intended), the warehouse picks and shipping ships.
     */
    @Test
    void anExchangeBecomesAReplacementOrderThatShips() {
        String sku = flow.stockedProduct("Trail shoe", "43, blue", "79.90", 10, 2);
        JsonNode created = flow.placeOrder(OrderFlow.cashOnDelivery(OrderFlow.order(
                "Marta Pereira",
                "marta@example.com",
                List.of(OrderFlow.line(sku, "Trail shoe", 1, "79.90")),
                "79.90")));
        UUID orderId = UUID.fromString(created.get("id").asText());
        flow.shipApprovedOrder(orderId, "CTT", "RR223456789PT");

        JsonNode replacement = flow.exchange(orderId, sku, "44, blue");
        UUID replacementId = UUID.fromString(replacement.get("id").asText());
        assertThat(replacementId).isNotEqualTo(orderId);
        assertThat(replacement.get("channel").asText()).isEqualTo("STAFF");

        flow.shipApprovedOrder(replacementId, "CTT", "RR323456789PT");
        // Intake reads picked and shipped from two topics: the history is complete once both are in.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode shipped = flow.order(replacementId);
            assertThat(statuses(shipped)).containsExactly("RECEIVED", "APPROVED", "PICKED", "SHIPPED");
            assertThat(shipped.get("totalAmount").decimalValue()).isEqualByComparingTo("0");
            assertThat(shipped.at("/lines/0/specification").asText()).isEqualTo("44, blue");
        });
    }

    /**
     * Issue 11 (R-S6, R-E7): the carrier reports a dispatched parcel LOST by its signed webhook; shipping opens a
     * logistics case, the case desk resolves it with RESEND (the owner's own token), shipping asks the warehouse for a
     * replacement, whose pick list is picked and packed, and the replacement shipment, linked to the lost one, ships.
     */
    @Test
    void aLostParcelIsResentWhenItsCaseIsResolvedWithResend() throws Exception {
        String sku = flow.stockedProduct("Trail shoe", "41, red", "79.90", 10, 2);
        JsonNode created = flow.placeOrder(OrderFlow.cashOnDelivery(OrderFlow.order(
                "Paulo Dias", "paulo@example.com", List.of(OrderFlow.line(sku, "Trail shoe", 1, "79.90")), "79.90")));
        UUID orderId = UUID.fromString(created.get("id").asText());
        String trackingNumber = "RR" + Math.abs(orderId.getMostSignificantBits() % 1_000_000_000L) + "PT";
        flow.shipApprovedOrder(orderId, "CTT", trackingNumber);
        String lostId = flow.awaitShipment(orderId).get("id").asText();

        String update = "{\"eventId\":\"ctt-" + UUID.randomUUID() + "\",\"trackingNumber\":\"" + trackingNumber
                + "\",\"status\":\"LOST\",\"happenedAt\":\"" + Instant.now().minusSeconds(60)
                + "\",\"location\":\"Porto\"}";
        assertThat(carrierWebhook("ctt", update, RunningServices.CTT_WEBHOOK_SECRET))
                .isEqualTo(200);

        JsonNode opened = flow.awaitCase(orderId);
        assertThat(opened.get("type").asText()).isEqualTo("LOGISTICS");
        assertThat(opened.get("code").asText()).isEqualTo("PARCEL_LOST");
        String cases = "/api/cases/" + opened.get("id").asText();
        OmsClient oms = flow.client();
        oms.post(
                        Service.REVIEW,
                        cases + "/assign",
                        "manager",
                        Map.of(
                                "owner", "shipping",
                                "plan", "Claim with the carrier and resend",
                                "deadline",
                                        Instant.now().plus(1, ChronoUnit.DAYS).toString()))
                .expect(200);
        oms.post(
                        Service.REVIEW,
                        cases + "/resolve",
                        "shipping",
                        Map.of(
                                "result", "Carrier confirmed the loss; a new parcel is sent",
                                "remedy", "RESEND",
                                "carrierClaim", "CTT-CLAIM-" + trackingNumber))
                .expect(200);

        // The replacement pick list appears in the warehouse, naming the lost shipment.
        JsonNode replacementList = firstItem(
                () -> oms.get(Service.WAREHOUSE, "/api/pick-lists?status=OPEN&orderId=" + orderId, "warehouse")
                        .expect(200)
                        .items());
        assertThat(replacementList.get("replacesShipmentId").asText()).isEqualTo(lostId);
        flow.pickAndPack(replacementList.get("id").asText());

        // The lost parcel left already: the order's only shipment waiting for dispatch is the replacement.
        JsonNode resend = firstItem(
                () -> oms.get(Service.SHIPPING, "/api/shipments?status=WAITING_DISPATCH&orderId=" + orderId, "shipping")
                        .expect(200)
                        .items());
        assertThat(resend.get("replacesShipmentId").asText()).isEqualTo(lostId);
        JsonNode shipped = flow.dispatch(resend.get("id").asText(), "CTT", "RX" + trackingNumber);
        assertThat(shipped.get("status").asText()).isEqualTo("SHIPPED");

        JsonNode lost = oms.get(Service.SHIPPING, "/api/shipments/" + lostId, "customer-service")
                .expect(200)
                .body();
        assertThat(lost.get("remedy").asText()).isEqualTo("RESEND");
        assertThat(lost.get("remedyCaseId").asText()).isEqualTo(opened.get("id").asText());
        assertThat(lost.get("replacedByShipmentId").asText())
                .isEqualTo(resend.get("id").asText());
    }

    /** The first item of a list once there is one (the list's {@code items} array), waiting for it. */
    private static JsonNode firstItem(java.util.function.Supplier<JsonNode> items) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            JsonNode list = items.get();
            found[0] = list != null && list.size() > 0 ? list.get(0) : null;
            return found[0] != null;
        });
        return found[0];
    }

    /** A carrier's signed tracking webhook (shipping's {@code POST /webhooks/carriers/{code}}); its status code. */
    private int carrierWebhook(String carrier, String body, String secret) throws Exception {
        String timestamp = String.valueOf(Instant.now().getEpochSecond());
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(
                secret.getBytes(java.nio.charset.StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = java.util.Base64.getEncoder()
                .encodeToString(
                        mac.doFinal((timestamp + "." + body).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                        "http://127.0.0.1:" + flow.client().port(Service.SHIPPING) + "/webhooks/carriers/" + carrier))
                .header("Content-Type", "application/json")
                .header("X-Signature-Timestamp", timestamp)
                .header("X-Signature", signature)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
                .build();
        return java.net.http.HttpClient.newHttpClient()
                .send(request, java.net.http.HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }

    @Test
    void orderWithAWrongPriceWaitsForAReviewerWhoseRejectionReachesTheClerk() {
        String sku = flow.stockedProduct("Rain jacket", "M", "120.00", 5, 1);

        JsonNode created = flow.placeOrder(OrderFlow.cashOnDelivery(OrderFlow.order(
                "Rui Santos", "rui@example.com", List.of(OrderFlow.line(sku, "Rain jacket", 1, "99.00")), "99.00")));
        UUID orderId = UUID.fromString(created.get("id").asText());

        JsonNode review = flow.awaitPendingReview(orderId);
        assertThat(review.get("failedRules").toString()).contains("price-matches-catalogue");
        flow.awaitOrderStatus(orderId, "IN_MANUAL_REVIEW");

        flow.reject(review.get("id").asText(), "PRICE_MISMATCH", "The price is 120.00; please correct the order");
        JsonNode rejected = flow.awaitOrderStatus(orderId, "REJECTED");
        assertThat(rejected.at("/history/2/detail").asText())
                .isEqualTo("PRICE_MISMATCH: The price is 120.00; please correct the order");
        assertThat(rejected.at("/history/2/by").asText()).isEqualTo("reviewer");

        OmsClient.Reply refused = flow.requestReturn(orderId, "Changed my mind");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().get("message").asText()).contains("not been shipped");
    }

    private static List<String> statuses(JsonNode order) {
        return StreamSupport.stream(order.get("history").spliterator(), false)
                .map(h -> h.get("status").asText())
                .toList();
    }
}
