package com.smartstore.oms.intake;

import static io.restassured.RestAssured.given;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.smartstore.oms.intake.domain.WebhookDelivery;
import com.smartstore.oms.intake.repository.OrderRepository;
import com.smartstore.oms.intake.repository.WebhookDeliveryRepository;
import com.smartstore.oms.kit.testing.Db;
import com.smartstore.oms.kit.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 10: an authentic (correctly signed) delivery is never refused. Each test here failed on the code before: 422
 * unmappable-order, 401 for WooCommerce's unsigned ping, 500 for a NUL character in a signed body.
 */
@QuarkusTest
class AuthenticDeliveryTest {
    @Inject
    OrderRepository orders;

    @Inject
    WebhookDeliveryRepository deliveries;

    @Test
    void aShopifyLineWithoutSkuIsTakenAndMarkedUnmapped() {
        long shopifyId = Webhooks.newPlatformId();
        byte[] body = Webhooks.replace(
                Webhooks.shopifyOrder(shopifyId, "__NO_SKU__", Fixtures.newSku()),
                "\"sku\": \"__NO_SKU__\"",
                "\"sku\": null");

        String id = Webhooks.post("shopify", body, Webhooks.shopifyHeaders(body))
                .then()
                .statusCode(201)
                .extract()
                .path("orderId");

        Fixtures.get(UUID.fromString(id))
                .body("lines[0].sku", equalTo("shopify:variant:44012345678901"))
                .body("lines[0].skuSource", equalTo("UNMAPPED"))
                .body("lines[0].platformProductId", equalTo("8012345678901"))
                .body("lines[1].skuSource", equalTo("PLATFORM"));
    }

    @Test
    void aWooCommerceOrderInAnotherCurrencyIsTakenInItsCurrency() {
        long wooId = Webhooks.newPlatformId();
        byte[] body = Webhooks.replace(
                Webhooks.wooCommerceOrder(wooId, Fixtures.newSku(), Fixtures.newSku()),
                "\"currency\": \"EUR\"",
                "\"currency\": \"USD\"");

        String id = Webhooks.post("woocommerce", body, Webhooks.wooCommerceHeaders(body))
                .then()
                .statusCode(201)
                .extract()
                .path("orderId");

        Fixtures.get(UUID.fromString(id)).body("currency", equalTo("USD")).body("totalAmount", equalTo(38.13f));
    }

    @Test
    void aPhoneWithLettersAndNoEmailAreKeptAsGiven() {
        long shopifyId = Webhooks.newPlatformId();
        byte[] body = Webhooks.shopifyOrder(shopifyId, Fixtures.newSku(), Fixtures.newSku());
        // Every e-mail of the order (order, customer) is blank or missing.
        body = Webhooks.replace(body, "\"email\": \"ines.costa@example.com\",", "\"email\": \"\",");
        body = Webhooks.replace(body, "\"contact_email\": \"ines.costa@example.com\",", "\"contact_email\": null,");
        body = Webhooks.replace(body, "\"phone\": null,", "\"phone\": \"call me: 912 ABC\",");

        String id = Webhooks.post("shopify", body, Webhooks.shopifyHeaders(body))
                .then()
                .statusCode(201)
                .extract()
                .path("orderId");

        Fixtures.get(UUID.fromString(id))
                .body("customer.phone", equalTo("call me: 912 ABC"))
                .body("customer.email", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void anOrderWithoutLinesBecomesADataErrorCaseForTheClerks() {
        long shopifyId = Webhooks.newPlatformId();
        String text = new String(Webhooks.shopifyOrder(shopifyId, Fixtures.newSku(), Fixtures.newSku()), UTF_8);
        byte[] body = text.substring(0, text.indexOf("\"line_items\": ["))
                .concat("\"line_items\": [], \"payment_terms\": null }")
                .getBytes(UTF_8);

        String caseId = Webhooks.post("shopify", body, Webhooks.shopifyHeaders(body))
                .then()
                .statusCode(202)
                .body("type", equalTo("DATA_ERROR"))
                .body("externalOrderId", equalTo(Long.toString(shopifyId)))
                .extract()
                .path("caseId");

        given().auth()
                .oauth2(Tokens.of("order-clerk"))
                .get("/api/intake-cases/" + caseId)
                .then()
                .statusCode(200)
                .body("status", equalTo("OPEN"))
                .body("problems.toString()", containsString("line_items: is missing or empty"));
        assertThat(Db.read(() -> orders.count("externalOrderId", Long.toString(shopifyId))))
                .isZero();
    }

    @Test
    void aSignedGenericBodyThatIsNoOrderBecomesACase() throws Exception {
        byte[] body =
                ("{\"orderId\":\"ext-" + UUID.randomUUID() + "\",\"customer\":{\"name\":\"Ana\"}}").getBytes(UTF_8);
        Webhooks.post("generic", body, Webhooks.genericHeaders(body, Instant.now()))
                .then()
                .statusCode(202)
                .body("type", equalTo("DATA_ERROR"))
                .body("problems.toString()", containsString("shippingAddress"));
    }

    @Test
    void aGenericOrderWithoutNameOrPostalCodeIsTakenAsGivenForReviewToJudge() {
        String orderId = "ext-" + UUID.randomUUID();
        byte[] body = ("{\"orderId\":\"" + orderId + "\",\"customer\":{\"phone\":\"ring the shop\"},"
                        + "\"shippingAddress\":{\"line1\":\"Rua Augusta 10\",\"city\":\"Lisboa\",\"country\":\"PT\"},"
                        + "\"lines\":[{\"sku\":\"MUG-WHT\",\"productName\":\"Mug\",\"quantity\":1,\"unitPrice\":\"9.50\"}],"
                        + "\"payment\":{\"method\":\"CASH_ON_DELIVERY\",\"amount\":\"9.50\"}}")
                .getBytes(UTF_8);
        String id = Webhooks.post("generic", body, Webhooks.genericHeaders(body, Instant.now()))
                .then()
                .statusCode(201)
                .extract()
                .path("orderId");
        Fixtures.get(UUID.fromString(id))
                .body("customer.name", equalTo(""))
                .body("customer.phone", equalTo("ring the shop"))
                .body("shippingAddress.postalCode", equalTo(""));
    }

    @Test
    void aNulCharacterInASignedBodyIsStrippedFromTheOrder() {
        long shopifyId = Webhooks.newPlatformId();
        byte[] body = Webhooks.replace(
                Webhooks.shopifyOrder(shopifyId, Fixtures.newSku(), Fixtures.newSku()),
                "\"note\": \"Please leave the parcel with the concierge.\"",
                "\"note\": \"Please leave\\u0000 the parcel\\u0007 with the concierge.\"");

        String id = Webhooks.post("shopify", body, Webhooks.shopifyHeaders(body))
                .then()
                .statusCode(201)
                .extract()
                .path("orderId");

        Fixtures.get(UUID.fromString(id))
                .body("remarks.specialRequests", equalTo("Please leave the parcel with the concierge."));
    }

    @Test
    void aHugeNoteIsCutToTheOrdersFieldAndAHugeIdMakesACase() {
        long shopifyId = Webhooks.newPlatformId();
        String note = "x".repeat(200_000);
        byte[] body = Webhooks.replace(
                Webhooks.shopifyOrder(shopifyId, Fixtures.newSku(), Fixtures.newSku()),
                "\"note\": \"Please leave the parcel with the concierge.\"",
                "\"note\": \"" + note + "\"");
        String id = Webhooks.post("shopify", body, Webhooks.shopifyHeaders(body))
                .then()
                .statusCode(201)
                .extract()
                .path("orderId");
        Fixtures.get(UUID.fromString(id)).body("remarks.specialRequests", equalTo("x".repeat(1999) + "…"));

        String hugeId = "9".repeat(300);
        byte[] withHugeId = new String(
                        Webhooks.shopifyOrder(Webhooks.newPlatformId(), Fixtures.newSku(), Fixtures.newSku()), UTF_8)
                .replaceFirst("\"id\": \\d+", "\"id\": \"" + hugeId + "\"")
                .getBytes(UTF_8);
        String first = Webhooks.post("shopify", withHugeId, Webhooks.shopifyHeaders(withHugeId))
                .then()
                .statusCode(202)
                .body("externalOrderId", org.hamcrest.Matchers.nullValue())
                .body("problems", org.hamcrest.Matchers.hasItem("id: is longer than 100 characters"))
                .extract()
                .asString();
        String again = Webhooks.post("shopify", withHugeId, Webhooks.shopifyHeaders(withHugeId))
                .then()
                .statusCode(202)
                .extract()
                .asString();
        assertThat(again).isEqualTo(first);
    }

    @Test
    void wooCommercePingIsAnswered200AndNothingIsStored() {
        long before = Db.read(() -> deliveries.count());
        given().contentType("application/x-www-form-urlencoded")
                .header("User-Agent", "WooCommerce/9.4.2 Hookshot (WordPress/6.7.1)")
                .body("webhook_id=12")
                .post("/webhooks/woocommerce")
                .then()
                .statusCode(200);
        assertThat(Db.read(() -> deliveries.count())).isEqualTo(before);
    }

    @Test
    void anotherTopicIsAcknowledgedAndRecordedAsIgnored() {
        long shopifyId = Webhooks.newPlatformId();
        byte[] body = Webhooks.shopifyOrder(shopifyId, Fixtures.newSku(), Fixtures.newSku());
        Map<String, String> headers = new HashMap<>(Webhooks.shopifyHeaders(body));
        headers.put("X-Shopify-Topic", "products/update");

        Webhooks.post("shopify", body, headers).then().statusCode(200).body("ignored", equalTo(true));

        assertThat(Db.read(() -> orders.count("externalOrderId", Long.toString(shopifyId))))
                .isZero();
        assertThat(Db.read(() -> deliveries.list("source = ?1 and topic = ?2", "shopify", "products/update")).stream()
                        .filter(d -> d.payload.contains(Long.toString(shopifyId)))
                        .toList())
                .singleElement()
                .satisfies(d -> assertThat(d.outcome).isEqualTo(WebhookDelivery.Outcome.IGNORED));
    }

    @Test
    void onlyASyntacticallyBrokenSignedBodyIs400() {
        byte[] broken = "{\"id\": 1, \"line_items\": [".getBytes(UTF_8);
        Webhooks.post("shopify", broken, Webhooks.shopifyHeaders(broken))
                .then()
                .statusCode(400)
                .body("error", equalTo("malformed-json"));
    }

    /** Issue 16 (found by FuzzIT): the 400 says where the JSON broke, so the merchant's developer can find it. */
    @Test
    void aBrokenSignedBodyIsA400NamingWhereItBroke() {
        byte[] broken = "{\"id\": 2, \"line_items\": [{\"title\": \"Mug\", \"price\": 1.,}]}".getBytes(UTF_8);
        Webhooks.post("shopify", broken, Webhooks.shopifyHeaders(broken))
                .then()
                .statusCode(400)
                .body("error", equalTo("malformed-json"))
                .body("message", containsString("line_items[0].price"));
    }
}
