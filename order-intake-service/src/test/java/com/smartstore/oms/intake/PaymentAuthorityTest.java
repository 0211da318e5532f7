package com.smartstore.oms.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.smartstore.oms.contracts.EventJson;
import com.smartstore.oms.contracts.Topics;
import com.smartstore.oms.contracts.events.OrderReceived;
import com.smartstore.oms.contracts.events.PaymentMethod;
import com.smartstore.oms.contracts.events.PaymentRecorded;
import com.smartstore.oms.contracts.events.PaymentResult;
import com.smartstore.oms.kit.testing.TestKafka;
import com.smartstore.oms.kit.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 case 4 (R-I6, R-E6): only a signed platform order vouches for {@code paidAt} ({@code confirmedBy});
 * payments from signed provider webhooks and finance are published on {@code payment-recorded} for review.
 */
@QuarkusTest
class PaymentAuthorityTest {

    @Test
    void aSignedPlatformOrderThatSaysPaidIsConfirmedByThePlatform() throws Exception {
        long shopifyId = Webhooks.newPlatformId();
        byte[] shopify = Webhooks.shopifyOrder(shopifyId, Fixtures.newSku(), Fixtures.newSku());
        String paid = Webhooks.post("shopify", shopify, Webhooks.shopifyHeaders(shopify))
                .then()
                .statusCode(201)
                .extract()
                .path("orderId");
        OrderReceived.Payment payment = Fixtures.awaitOrderReceived(paid).payment();
        assertThat(payment.confirmedBy()).isEqualTo("PLATFORM");
        assertThat(payment.confirmed()).isTrue();

        byte[] pending = Webhooks.replace(
                Webhooks.shopifyOrder(Webhooks.newPlatformId(), Fixtures.newSku(), Fixtures.newSku()),
                "\"financial_status\": \"paid\"",
                "\"financial_status\": \"pending\"");
        String unpaid = Webhooks.post("shopify", pending, Webhooks.shopifyHeaders(pending))
                .then()
                .statusCode(201)
                .extract()
                .path("orderId");
        assertThat(Fixtures.awaitOrderReceived(unpaid).payment().confirmedBy()).isNull();
    }

    @Test
    void aCallersPaidAtIsKeptButNotVouchedFor() throws Exception {
        UUID clerk = Fixtures.createOrder(Fixtures.newSku());
        OrderReceived.Payment rest =
                Fixtures.awaitOrderReceived(clerk.toString()).payment();
        assertThat(rest.paidAt()).isEqualTo(Instant.parse("2026-11-27T09:00:00Z"));
        assertThat(rest.confirmedBy()).isNull();
        assertThat(rest.confirmed()).isFalse();

        String shirt = StorefrontTest.product("20.00", true);
        String storefront = StorefrontTest.place(
                        Tokens.ofClient("oms-storefront"),
                        StorefrontTest.order(
                                List.of(Map.of("sku", shirt, "quantity", 1)),
                                Map.of("method", "ONLINE", "paidAt", "2026-11-27T11:00:00Z")))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        OrderReceived.Payment page = Fixtures.awaitOrderReceived(storefront).payment();
        assertThat(page.confirmedBy()).isNull();
        assertThat(page.confirmed()).isFalse();
    }

    @Test
    void providerAndFinancePaymentsArePublishedWithTheRunningCapturedTotal() {
        UUID id = Fixtures.createOrder(Fixtures.newSku());
        PaymentTest.deliver(PaymentTest.capture(id, "pi_" + UUID.randomUUID(), "FAILED", "25.00"))
                .then()
                .statusCode(200);
        PaymentTest.deliver(PaymentTest.capture(id, "pi_" + UUID.randomUUID(), "CAPTURED", "25.00"))
                .then()
                .statusCode(200);
        String refundId = "RF-" + UUID.randomUUID();
        Map<String, Object> refund =
                Map.of("provider", "bank-transfer", "paymentId", refundId, "status", "REFUNDED", "amount", "5.00");
        given().auth()
                .oauth2(Tokens.of("finance"))
                .contentType(ContentType.JSON)
                .body(refund)
                .post("/api/orders/" + id + "/payments")
                .then()
                .statusCode(201);
        // A replayed payment is no new payment: nothing more is published.
        given().auth()
                .oauth2(Tokens.of("finance"))
                .contentType(ContentType.JSON)
                .body(refund)
                .post("/api/orders/" + id + "/payments")
                .then()
                .statusCode(200);

        List<PaymentRecorded> recorded = TestKafka.awaitRecords(Topics.PAYMENT_RECORDED, id.toString(), 3).stream()
                .map(r -> read(r.value()))
                .toList();
        assertThat(recorded).hasSize(3);
        PaymentRecorded failed = recorded.get(0);
        assertThat(failed.result()).isEqualTo(PaymentResult.FAILED);
        assertThat(failed.failureReason()).isEqualTo("card declined");
        assertThat(failed.capturedTotal()).isEqualByComparingTo("0");
        assertThat(failed.source()).isEqualTo("PROVIDER");
        assertThat(failed.provider()).isEqualTo("stripe");
        PaymentRecorded captured = recorded.get(1);
        assertThat(captured.result()).isEqualTo(PaymentResult.CAPTURED);
        assertThat(captured.method()).isEqualTo(PaymentMethod.ONLINE);
        assertThat(captured.amount()).isEqualByComparingTo("25.00");
        assertThat(captured.currency()).isEqualTo("EUR");
        assertThat(captured.capturedTotal()).isEqualByComparingTo("25.00");
        PaymentRecorded refunded = recorded.get(2);
        assertThat(refunded.result()).isEqualTo(PaymentResult.REFUNDED);
        assertThat(refunded.capturedTotal()).isEqualByComparingTo("20.00");
        assertThat(refunded.source()).isEqualTo("FINANCE");
        assertThat(refunded.provider()).isEqualTo("bank-transfer");
        assertThat(recorded).extracting(PaymentRecorded::orderNumber).containsOnly(Fixtures.orderNumber(id));
    }

    private static PaymentRecorded read(String json) {
        try {
            return EventJson.mapper().readValue(json, PaymentRecorded.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
