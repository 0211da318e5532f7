package com.smartstore.oms.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.smartstore.oms.contracts.Topics;
import com.smartstore.oms.kit.testing.TestKafka;
import com.smartstore.oms.kit.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The channels' SKU mappings (issue 10): staff keep them (role-checked, 409 for a second mapping of the same product
 * and variant, validated), the next platform order of a mapped product gets its SKU from them, and a clerk maps a line
 * that arrived without one at the platform's price.
 */
@QuarkusTest
class SkuMappingTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String product() {
        String sku = Fixtures.newSku();
        given().auth()
                .oauth2(Tokens.of("manager"))
                .contentType(ContentType.JSON)
                .body(Map.of("sku", sku, "name", "Mapped product", "unitPrice", "30.00"))
                .post("/api/products")
                .then()
                .statusCode(201);
        return sku;
    }

    private static String platformId() {
        return Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L));
    }

    private static Map<String, Object> mapping(String channel, String productId, String variantId, String sku) {
        Map<String, Object> body = new HashMap<>();
        body.put("channel", channel);
        body.put("productId", productId);
        body.put("variantId", variantId);
        body.put("sku", sku);
        return body;
    }

    @Test
    void staffKeepMappingsAndASecondMappingOfTheSameVariantIsAConflict() {
        String sku = product();
        String productId = platformId();
        String id = given().auth()
                .oauth2(Tokens.of("order-clerk"))
                .contentType(ContentType.JSON)
                .body(mapping("SHOPIFY", productId, "42", sku))
                .post("/api/sku-mappings")
                .then()
                .statusCode(201)
                .body("sku", equalTo(sku))
                .body("createdBy", equalTo("order-clerk"))
                .extract()
                .path("id");
        given().auth()
                .oauth2(Tokens.of("manager"))
                .contentType(ContentType.JSON)
                .body(mapping("SHOPIFY", productId, "42", sku))
                .post("/api/sku-mappings")
                .then()
                .statusCode(409)
                .body("error", equalTo("already-mapped"));
        // The product as a whole and the same ids on another channel are other mappings.
        given().auth()
                .oauth2(Tokens.of("manager"))
                .contentType(ContentType.JSON)
                .body(mapping("SHOPIFY", productId, null, sku))
                .post("/api/sku-mappings")
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(Tokens.of("manager"))
                .contentType(ContentType.JSON)
                .body(mapping("WOOCOMMERCE", productId, "42", sku))
                .post("/api/sku-mappings")
                .then()
                .statusCode(201);

        String other = product();
        given().auth()
                .oauth2(Tokens.of("order-clerk"))
                .contentType(ContentType.JSON)
                .body(mapping("SHOPIFY", productId, "42", other))
                .put("/api/sku-mappings/" + id)
                .then()
                .statusCode(200)
                .body("sku", equalTo(other));
        given().auth()
                .oauth2(Tokens.of("customer-service"))
                .queryParam("sku", other)
                .get("/api/sku-mappings")
                .then()
                .statusCode(200)
                .body("items.id", contains(id))
                .body("total", equalTo(1));
        given().auth()
                .oauth2(Tokens.of("admin"))
                .delete("/api/sku-mappings/" + id)
                .then()
                .statusCode(204);
        given().auth()
                .oauth2(Tokens.of("admin"))
                .get("/api/sku-mappings/" + id)
                .then()
                .statusCode(404);
    }

    @Test
    void aMappingMustNameACatalogueProductAPlatformChannelAndAProductId() {
        given().auth()
                .oauth2(Tokens.of("order-clerk"))
                .contentType(ContentType.JSON)
                .body(mapping(
                        "SHOPIFY",
                        platformId(),
                        null,
                        "NO-SUCH-SKU-" + UUID.randomUUID().toString().substring(0, 8)))
                .post("/api/sku-mappings")
                .then()
                .statusCode(422)
                .body("error", equalTo("unknown-sku"));
        given().auth()
                .oauth2(Tokens.of("order-clerk"))
                .contentType(ContentType.JSON)
                .body(mapping("REST", platformId(), null, product()))
                .post("/api/sku-mappings")
                .then()
                .statusCode(422)
                .body("error", equalTo("unsupported-channel"));
        given().auth()
                .oauth2(Tokens.of("order-clerk"))
                .contentType(ContentType.JSON)
                .body(mapping("SHOPIFY", "", null, "has spaces"))
                .post("/api/sku-mappings")
                .then()
                .statusCode(400)
                .body("details.field", org.hamcrest.Matchers.hasItems("productId", "sku"));
    }

    @Test
    void onlyStaffWhoMapLinesChangeMappings() {
        Map<String, Object> body = mapping("SHOPIFY", platformId(), null, "ANY");
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/sku-mappings")
                .then()
                .statusCode(401);
        for (String role : new String[] {"customer-service", "reviewer", "warehouse"}) {
            given().auth()
                    .oauth2(Tokens.of(role))
                    .contentType(ContentType.JSON)
                    .body(body)
                    .post("/api/sku-mappings")
                    .then()
                    .statusCode(403);
        }
        given().auth()
                .oauth2(Tokens.of("reviewer"))
                .get("/api/sku-mappings")
                .then()
                .statusCode(403);
    }

    @Test
    void theNextOrderOfAMappedVariantGetsItsSku() {
        String sku = product();
        String variant = platformId();
        given().auth()
                .oauth2(Tokens.of("order-clerk"))
                .contentType(ContentType.JSON)
                .body(mapping("SHOPIFY", "8012345678901", variant, sku))
                .post("/api/sku-mappings")
                .then()
                .statusCode(201);

        long shopifyId = Webhooks.newPlatformId();
        byte[] body = Webhooks.replace(
                Webhooks.replace(
                        Webhooks.shopifyOrder(shopifyId, "__NO_SKU__", Fixtures.newSku()),
                        "\"sku\": \"__NO_SKU__\"",
                        "\"sku\": \"\""),
                "\"variant_id\": 44012345678901",
                "\"variant_id\": " + variant);
        String orderId = Webhooks.post("shopify", body, Webhooks.shopifyHeaders(body))
                .then()
                .statusCode(201)
                .extract()
                .path("orderId");
        Fixtures.get(UUID.fromString(orderId))
                .body("lines[0].sku", equalTo(sku))
                .body("lines[0].skuSource", equalTo("MAPPING"));
    }

    @Test
    void aClerkMapsAnUnmappedLineAtThePlatformsPriceAndMayRememberIt() throws Exception {
        String sku = product();
        long shopifyId = Webhooks.newPlatformId();
        String variant = platformId();
        byte[] body = Webhooks.replace(
                Webhooks.replace(
                        Webhooks.shopifyOrder(shopifyId, "__NO_SKU__", Fixtures.newSku()),
                        "\"sku\": \"__NO_SKU__\"",
                        "\"sku\": null"),
                "\"variant_id\": 44012345678901",
                "\"variant_id\": " + variant);
        String orderId = Webhooks.post("shopify", body, Webhooks.shopifyHeaders(body))
                .then()
                .statusCode(201)
                .extract()
                .path("orderId");
        String placeholder = "shopify:variant:" + variant;
        Fixtures.get(UUID.fromString(orderId)).body("lines[0].sku", equalTo(placeholder));

        given().auth()
                .oauth2(Tokens.of("order-clerk"))
                .contentType(ContentType.JSON)
                .body(Map.of("sku", sku, "remember", true))
                .post("/api/orders/" + orderId + "/lines/1/sku")
                .then()
                .statusCode(201);

        // The platform's price stays (the catalogue says 30.00); the placeholder is what the warehouse releases.
        Fixtures.get(UUID.fromString(orderId))
                .body("lines[0].sku", equalTo(sku))
                .body("lines[0].skuSource", equalTo("CLERK"))
                .body("lines[0].unitPrice", equalTo(24.0f))
                .body("lines[0].productName", equalTo("Organic Cotton T-Shirt"))
                .body("totalAmount", equalTo(69.70f));
        JsonNode amended = JSON.readTree(
                TestKafka.awaitRecords(Topics.ORDER_AMENDED, orderId, 1).get(0).value());
        assertThat(amended.at("/lines/0/previousSku").asText()).isEqualTo(placeholder);
        assertThat(amended.at("/lines/0/sku").asText()).isEqualTo(sku);
        given().auth()
                .oauth2(Tokens.of("order-clerk"))
                .queryParam("channel", "SHOPIFY")
                .queryParam("sku", sku)
                .get("/api/sku-mappings")
                .then()
                .body("items.find { it.variantId == '" + variant + "' }.sku", equalTo(sku));

        // Mapped lines are changed by amendments, not mapped again.
        given().auth()
                .oauth2(Tokens.of("order-clerk"))
                .contentType(ContentType.JSON)
                .body(Map.of("sku", sku))
                .post("/api/orders/" + orderId + "/lines/1/sku")
                .then()
                .statusCode(409)
                .body("error", equalTo("line-mapped"));
        given().auth()
                .oauth2(Tokens.of("reviewer"))
                .contentType(ContentType.JSON)
                .body(Map.of("sku", sku))
                .post("/api/orders/" + orderId + "/lines/1/sku")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.of("manager"))
                .get("/api/orders/" + orderId + "/audit")
                .then()
                .body("action", hasItem("AMENDED"));
    }
}
