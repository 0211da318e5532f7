package com.smartstore.oms.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.smartstore.oms.intake.domain.WebhookDelivery;
import com.smartstore.oms.intake.repository.OrderRepository;
import com.smartstore.oms.intake.repository.WebhookDeliveryRepository;
import com.smartstore.oms.kit.testing.Db;
import com.smartstore.oms.kit.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** WooCommerce {@code order.created} as WooCommerce sends it: signed, coupons, tax on top, cash on delivery. */
@QuarkusTest
class WooCommerceWebhookTest {
    @Inject
    OrderRepository orders;

    @Inject
    WebhookDeliveryRepository deliveries;

    @Test
    void signedCashOnDeliveryOrderIsMappedFaithfully() {
        long wooId = Webhooks.newPlatformId();
        String mug = Fixtures.newSku();
        String spoon = Fixtures.newSku();
        byte[] body = Webhooks.wooCommerceOrder(wooId, mug, spoon);

        String id = Webhooks.post("woocommerce", body, Webhooks.wooCommerceHeaders(body))
                .then()
                .statusCode(201)
                .body("totalAmount", equalTo(38.13f))
                .extract()
                .path("orderId");

        Fixtures.get(UUID.fromString(id))
                .body("channel", equalTo("WOOCOMMERCE"))
                .body("externalOrderId", equalTo(Long.toString(wooId)))
                .body("customer.name", equalTo("João Pereira"))
                .body("customer.email", equalTo("joao.pereira@example.com"))
                .body("customer.phone", equalTo("+351 213 000 000"))
                .body("shippingAddress.line1", equalTo("Rua de Santa Catarina 200"))
                .body("shippingAddress.line2", equalTo("3º"))
                .body("shippingAddress.city", equalTo("Porto"))
                .body("shippingAddress.postalCode", equalTo("4000-442"))
                .body("lines.sku", contains(mug, spoon))
                .body("lines.productName", contains("Ceramic Mug - Blue", "Espresso Spoon"))
                .body("lines.specification", contains("Color: Blue", null))
                .body("lines.quantity", contains(2, 3))
                .body("lines.unitPrice", contains(10.0f, 3.0f))
                .body("lines.discount", contains(2.0f, 1.0f))
                .body("discountAmount", equalTo(3.0f))
                .body("shippingLines[0].title", equalTo("Flat rate"))
                .body("shippingLines[0].code", equalTo("flat_rate"))
                .body("shippingAmount", equalTo(5.0f))
                .body("taxAmount", equalTo(7.13f))
                .body("totalAmount", equalTo(38.13f))
                .body("remarks.specialRequests", equalTo("Ring twice, please."))
                .body("payment.method", equalTo("CASH_ON_DELIVERY"))
                .body("payment.amount", equalTo(38.13f))
                .body("payment.paidAt", nullValue());

        assertThat(Db.read(() -> deliveries.ofExternalOrder("woocommerce", Long.toString(wooId))))
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.outcome).isEqualTo(WebhookDelivery.Outcome.CREATED);
                    assertThat(d.origin).isEqualTo("https://shop.example.com/");
                    assertThat(d.topic).isEqualTo("order.created");
                });
    }

    @Test
    void paidOnlineOrderCarriesItsPaymentTime() {
        long wooId = Webhooks.newPlatformId();
        byte[] body = Webhooks.replace(
                Webhooks.replace(
                        Webhooks.wooCommerceOrder(wooId, Fixtures.newSku(), Fixtures.newSku()),
                        "\"payment_method\": \"cod\"",
                        "\"payment_method\": \"stripe\""),
                "\"date_paid_gmt\": null",
                "\"date_paid_gmt\": \"2026-11-27T10:20:12\"");
        String id = Webhooks.post("woocommerce", body, Webhooks.wooCommerceHeaders(body))
                .then()
                .statusCode(201)
                .extract()
                .path("orderId");
        given().auth()
                .oauth2(Tokens.of("manager"))
                .get("/api/orders/" + id)
                .then()
                .body("payment.method", equalTo("ONLINE"))
                .body("payment.paidAt", equalTo("2026-11-27T10:20:12Z"));
    }

    @Test
    void unsignedOrTamperedDeliveriesAre401AndNothingIsStored() {
        long wooId = Webhooks.newPlatformId();
        byte[] body = Webhooks.wooCommerceOrder(wooId, Fixtures.newSku(), Fixtures.newSku());
        Map<String, String> headers = Webhooks.wooCommerceHeaders(body);

        Map<String, String> unsigned = new HashMap<>(headers);
        unsigned.remove("X-WC-Webhook-Signature");
        Webhooks.post("woocommerce", body, unsigned).then().statusCode(401).body("error", equalTo("invalid-signature"));

        byte[] tampered = Webhooks.replace(body, "\"quantity\": 3", "\"quantity\": 30");
        Webhooks.post("woocommerce", tampered, headers).then().statusCode(401);

        Map<String, String> garbage = new HashMap<>(headers);
        garbage.put("X-WC-Webhook-Signature", "not base64 at all!");
        Webhooks.post("woocommerce", body, garbage).then().statusCode(401);

        assertThat(Db.read(() -> orders.count("externalOrderId", Long.toString(wooId))))
                .isZero();
        assertThat(Db.read(() -> deliveries.ofExternalOrder("woocommerce", Long.toString(wooId))))
                .isEmpty();
    }
}
