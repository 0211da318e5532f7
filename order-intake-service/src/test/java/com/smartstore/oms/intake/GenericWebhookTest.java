package com.smartstore.oms.intake;

import static io.restassured.RestAssured.given;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.smartstore.oms.intake.repository.OrderRepository;
import com.smartstore.oms.kit.testing.Db;
import com.smartstore.oms.kit.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The generic webhook format: the REST order body plus {@code orderId}, signed with timestamp and body. */
@QuarkusTest
class GenericWebhookTest {
    @Inject
    OrderRepository orders;

    @Inject
    ObjectMapper json;

    private byte[] order(String orderId, String sku) throws Exception {
        Map<String, Object> body = new HashMap<>(Fixtures.order(sku, 2, "12.50", "29.50"));
        body.put("orderId", orderId);
        body.put("shippingLines", List.of(Map.of("title", "Express", "code", "express", "amount", "4.50")));
        return json.writeValueAsString(body).getBytes(UTF_8);
    }

    @Test
    void signedDeliveryCreatesAnOrder() throws Exception {
        String orderId = "ext-" + UUID.randomUUID();
        String sku = Fixtures.newSku();
        byte[] body = order(orderId, sku);
        String id = Webhooks.post("generic", body, Webhooks.genericHeaders(body, Instant.now()))
                .then()
                .statusCode(201)
                .body("externalOrderId", equalTo(orderId))
                .body("totalAmount", equalTo(29.50f))
                .extract()
                .path("orderId");
        given().auth()
                .oauth2(Tokens.of("manager"))
                .get("/api/orders/" + id)
                .then()
                .body("channel", equalTo("GENERIC_WEBHOOK"))
                .body("lines.sku", contains(sku))
                .body("shippingAmount", equalTo(4.50f))
                .body("payment.amount", equalTo(29.50f));
    }

    @Test
    void unsignedTamperedOrStaleDeliveriesAre401() throws Exception {
        String orderId = "ext-" + UUID.randomUUID();
        byte[] body = order(orderId, Fixtures.newSku());
        Map<String, String> headers = Webhooks.genericHeaders(body, Instant.now());

        Map<String, String> unsigned = new HashMap<>(headers);
        unsigned.remove("X-Signature");
        Webhooks.post("generic", body, unsigned).then().statusCode(401).body("error", equalTo("invalid-signature"));

        byte[] tampered = Webhooks.replace(body, "12.50", "1.25");
        Webhooks.post("generic", tampered, headers).then().statusCode(401);

        // The signature covers the timestamp: moving it forward without re-signing does not help.
        Map<String, String> shifted = new HashMap<>(headers);
        shifted.put("X-Signature-Timestamp", Long.toString(Instant.now().getEpochSecond() + 1));
        Webhooks.post("generic", body, shifted).then().statusCode(401);

        Webhooks.post(
                        "generic",
                        body,
                        Webhooks.genericHeaders(body, Instant.now().minus(Duration.ofMinutes(6))))
                .then()
                .statusCode(401)
                .body("error", equalTo("signature-expired"))
                .body("message", containsString("X-Signature-Timestamp"));

        Map<String, String> noTimestamp = new HashMap<>(headers);
        noTimestamp.remove("X-Signature-Timestamp");
        Webhooks.post("generic", body, noTimestamp).then().statusCode(401).body("error", equalTo("signature-expired"));

        assertThat(Db.read(() -> orders.count("externalOrderId", orderId))).isZero();

        // Within the window (4 minutes old) a correctly signed delivery is taken.
        Webhooks.post(
                        "generic",
                        body,
                        Webhooks.genericHeaders(body, Instant.now().minus(Duration.ofMinutes(4))))
                .then()
                .statusCode(201);
    }

    @Test
    void aBodyThatIsNotAnOrderIsACaseNamingTheFieldAndOneThatIsNotJsonIs400() throws Exception {
        byte[] body = json.writeValueAsBytes(
                Map.of("orderId", "ext-" + UUID.randomUUID(), "customer", Map.of("name", "Ana")));
        Webhooks.post("generic", body, Webhooks.genericHeaders(body, Instant.now()))
                .then()
                .statusCode(202)
                .body("type", equalTo("DATA_ERROR"))
                .body("problems.toString()", containsString("shippingAddress"));

        byte[] notJson = "hello".getBytes(UTF_8);
        Webhooks.post("generic", notJson, Webhooks.genericHeaders(notJson, Instant.now()))
                .then()
                .statusCode(400)
                .body("error", equalTo("malformed-json"))
                .body("message", containsString("body"));
    }
}
