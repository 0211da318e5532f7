package com.smartstore.oms.intake;

import static io.restassured.RestAssured.given;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.smartstore.oms.contracts.EventJson;
import com.smartstore.oms.contracts.Topics;
import com.smartstore.oms.contracts.events.ExceptionStage;
import com.smartstore.oms.contracts.events.ExceptionType;
import com.smartstore.oms.contracts.events.OrderException;
import com.smartstore.oms.kit.security.WebhookSignature;
import com.smartstore.oms.kit.testing.TestKafka;
import com.smartstore.oms.kit.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** R-I6, R-E6: payments recorded once per provider id; each anomaly published as exactly one order-exception. */
@QuarkusTest
class PaymentTest {
    private static final String STRIPE_SECRET = "test-only-stripe-secret";

    static byte[] capture(UUID orderId, String paymentId, String status, String amount) {
        return ("{\"paymentId\":\"" + paymentId + "\",\"orderId\":\"" + orderId + "\",\"status\":\"" + status
                        + "\",\"amount\":\"" + amount + "\",\"currency\":\"EUR\",\"paidAt\":\"2026-11-27T10:00:00Z\""
                        + (status.equals("FAILED") ? ",\"failureReason\":\"card declined\"" : "") + "}")
                .getBytes(UTF_8);
    }

    static Response deliver(String provider, byte[] body, String signature) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (signature != null) {
            request = request.header("X-Signature", signature);
        }
        return request.post("/webhooks/payments/" + provider);
    }

    static Response deliver(byte[] body) {
        return deliver("stripe", body, WebhookSignature.sign(STRIPE_SECRET, body));
    }

    static Response payments(UUID orderId, String user) {
        return given().auth().oauth2(Tokens.of(user)).get("/api/orders/" + orderId + "/payments");
    }

    /** Every order-exception of the order so far, once the sentinel failure (published last) has arrived. */
    static List<OrderException> exceptionsAfterSentinel(UUID orderId, int expectedBefore) {
        deliver(capture(orderId, "sentinel-" + UUID.randomUUID(), "FAILED", "1.00"))
                .then()
                .statusCode(200);
        List<OrderException> all =
                TestKafka.awaitRecords(Topics.ORDER_EXCEPTION, orderId.toString(), expectedBefore + 1).stream()
                        .map(r -> read(r.value()))
                        .toList();
        assertThat(all.get(all.size() - 1).details()).containsEntry("paid", "1.00");
        return all.subList(0, all.size() - 1);
    }

    @Test
    void aSignedCaptureOfTheTotalIsRecordedOnceAndRaisesNothing() {
        UUID id = Fixtures.createOrder(Fixtures.newSku());
        String paymentId = "pi_" + UUID.randomUUID();
        byte[] body = capture(id, paymentId, "CAPTURED", "25.00");
        String first = deliver(body)
                .then()
                .statusCode(200)
                .body("status", equalTo("CAPTURED"))
                .body("anomaly", nullValue())
                .extract()
                .asString();
        String again = deliver(body).then().statusCode(200).extract().asString();
        assertThat(again).isEqualTo(first);
        payments(id, "finance").then().statusCode(200).body("", hasSize(1)).body("[0].paymentId", equalTo(paymentId));
        assertThat(exceptionsAfterSentinel(id, 0)).isEmpty();
    }

    @Test
    void unsignedTamperedOrUnknownProviderIs401AndNothingIsStored() {
        UUID id = Fixtures.createOrder(Fixtures.newSku());
        byte[] body = capture(id, "pi_" + UUID.randomUUID(), "CAPTURED", "25.00");
        deliver("stripe", body, null).then().statusCode(401);
        String signature = WebhookSignature.sign(STRIPE_SECRET, body);
        byte[] tampered = new String(body, UTF_8).replace("25.00", "2.50").getBytes(UTF_8);
        deliver("stripe", tampered, signature).then().statusCode(401).body("error", equalTo("invalid-signature"));
        deliver("stripe", body, WebhookSignature.sign("test-only-paypal-secret", body))
                .then()
                .statusCode(401);
        deliver("acme", body, WebhookSignature.sign(STRIPE_SECRET, body)).then().statusCode(401);
        payments(id, "customer-service").then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void aFailedPaymentRaisesOnePaymentFailed() {
        UUID id = Fixtures.createOrder(Fixtures.newSku());
        byte[] body = capture(id, "pi_" + UUID.randomUUID(), "FAILED", "25.00");
        deliver(body).then().statusCode(200).body("anomaly", equalTo("PAYMENT_FAILED"));
        deliver(body).then().statusCode(200);
        List<OrderException> raised = exceptionsAfterSentinel(id, 1);
        assertThat(raised).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(ExceptionType.PAYMENT);
            assertThat(e.stage()).isEqualTo(ExceptionStage.DETECTED);
            assertThat(e.code()).isEqualTo("PAYMENT_FAILED");
            assertThat(e.details()).containsEntry("failureReason", "card declined");
            assertThat(e.actor()).isEqualTo("order-intake-service");
        });
    }

    @Test
    void aSecondCaptureRaisesOneDuplicatePayment() {
        UUID id = Fixtures.createOrder(Fixtures.newSku());
        deliver(capture(id, "pi_" + UUID.randomUUID(), "CAPTURED", "25.00"))
                .then()
                .body("anomaly", nullValue());
        deliver(capture(id, "pi_" + UUID.randomUUID(), "CAPTURED", "25.00"))
                .then()
                .body("anomaly", equalTo("DUPLICATE_PAYMENT"));
        assertThat(exceptionsAfterSentinel(id, 1)).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("DUPLICATE_PAYMENT");
            assertThat(e.details()).containsEntry("capturedTotal", "50.00").containsEntry("expected", "25.00");
        });
    }

    @Test
    void financeRecordsACaptureOfTheWrongAmountRaisingOneAmountMismatch() {
        UUID id = Fixtures.createOrder(Fixtures.newSku());
        Map<String, Object> body = Map.of(
                "provider",
                "bank-transfer",
                "paymentId",
                "TRF-" + UUID.randomUUID(),
                "status",
                "CAPTURED",
                "amount",
                "20.00");
        given().auth()
                .oauth2(Tokens.of("finance"))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/orders/" + id + "/payments")
                .then()
                .statusCode(201)
                .body("anomaly", equalTo("AMOUNT_MISMATCH"))
                .body("recordedBy", equalTo("finance"));
        given().auth()
                .oauth2(Tokens.of("finance"))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/orders/" + id + "/payments")
                .then()
                .statusCode(200);
        assertThat(exceptionsAfterSentinel(id, 1)).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("AMOUNT_MISMATCH");
            assertThat(e.details()).containsEntry("expected", "25.00").containsEntry("paid", "20.00");
        });
        AuditTest.audit(id).body("action", org.hamcrest.Matchers.hasItem("PAYMENT"));
    }

    @Test
    void instalmentsArePaidPerInstalmentAndATwiceCapturedInstalmentIsADuplicate() {
        var order = new HashMap<>(Fixtures.order(Fixtures.newSku(), 2, "15.00", "30.00"));
        order.put(
                "payment",
                Map.of(
                        "method",
                        "INSTALMENTS",
                        "amount",
                        "30.00",
                        "instalments",
                        Map.of("count", 3, "amountPerInstalment", "10.00")));
        UUID id = UUID.fromString(given().auth()
                .oauth2(Tokens.of("sales"))
                .contentType(ContentType.JSON)
                .body(order)
                .post("/api/orders")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
        Fixtures.get(id).body("payment.instalments.count", equalTo(3));
        deliver(instalment(id, 1, "10.00")).then().body("anomaly", nullValue());
        deliver(instalment(id, 2, "10.00")).then().body("anomaly", nullValue());
        deliver(instalment(id, 2, "10.00")).then().body("anomaly", equalTo("DUPLICATE_PAYMENT"));
        deliver(instalment(id, 3, "12.00")).then().body("anomaly", equalTo("AMOUNT_MISMATCH"));
        deliver(instalment(id, 4, "10.00")).then().statusCode(422);
        assertThat(exceptionsAfterSentinel(id, 2))
                .extracting(OrderException::code)
                .containsExactly("DUPLICATE_PAYMENT", "AMOUNT_MISMATCH");
        // An instalment plan needs its numbers; a plan on another method is refused.
        order.put("payment", Map.of("method", "INSTALMENTS", "amount", "30.00"));
        given().auth()
                .oauth2(Tokens.of("sales"))
                .contentType(ContentType.JSON)
                .body(order)
                .post("/api/orders")
                .then()
                .statusCode(400);
    }

    @Test
    void rolesAndBadBodies() {
        UUID id = Fixtures.createOrder(Fixtures.newSku());
        given().auth()
                .oauth2(Tokens.of("customer-service"))
                .contentType(ContentType.JSON)
                .body(Map.of("provider", "pos", "paymentId", "x", "status", "CAPTURED", "amount", "1.00"))
                .post("/api/orders/" + id + "/payments")
                .then()
                .statusCode(403);
        payments(id, "warehouse").then().statusCode(403);
        payments(id, "manager").then().statusCode(200);
        payments(UUID.randomUUID(), "finance").then().statusCode(404);
        byte[] bad = ("{\"paymentId\":\"p\",\"orderId\":\"" + id + "\",\"status\":\"PAID\",\"amount\":\"1\"}")
                .getBytes(UTF_8);
        deliver(bad).then().statusCode(422).body("message", org.hamcrest.Matchers.containsString("status"));
        payments(id, "finance").then().body("", hasSize(0));
    }

    private static byte[] instalment(UUID orderId, int number, String amount) {
        return ("{\"paymentId\":\"pi_" + UUID.randomUUID() + "\",\"orderId\":\"" + orderId
                        + "\",\"status\":\"CAPTURED\",\"amount\":\"" + amount + "\",\"instalmentNumber\":" + number
                        + "}")
                .getBytes(UTF_8);
    }

    private static OrderException read(String json) {
        try {
            return EventJson.mapper().readValue(json, OrderException.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
