package com.smartstore.oms.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import com.smartstore.oms.contracts.EventJson;
import com.smartstore.oms.contracts.Topics;
import com.smartstore.oms.contracts.events.ProductCatalogEntry;
import com.smartstore.oms.kit.testing.TestKafka;
import com.smartstore.oms.kit.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The catalogue: maintained by managers, every change published on the compacted topic. */
@QuarkusTest
class ProductResourceTest {

    @Test
    void productChangesArePublishedOnTheCatalogTopic() throws Exception {
        String sku = Fixtures.newSku();
        Map<String, Object> product = Map.of(
                "sku", sku, "name", "T-shirt", "specification", "red, M", "category", "apparel", "unitPrice", "12.50");
        given().auth()
                .oauth2(Tokens.of("manager"))
                .contentType(ContentType.JSON)
                .body(product)
                .post("/api/products")
                .then()
                .statusCode(201)
                .body("active", equalTo(true))
                .body("currency", equalTo("EUR"))
                .body("updatedBy", equalTo("manager"));

        given().auth()
                .oauth2(Tokens.of("admin"))
                .contentType(ContentType.JSON)
                .body(Map.of("sku", sku, "name", "T-shirt", "unitPrice", "14.00", "active", false, "version", 0))
                .put("/api/products/" + sku)
                .then()
                .statusCode(200)
                .body("unitPrice", equalTo(14.0f));

        List<ConsumerRecord<String, String>> records = TestKafka.awaitRecords(Topics.PRODUCT_CATALOG, sku, 2);
        ProductCatalogEntry latest = EventJson.mapper().readValue(records.get(1).value(), ProductCatalogEntry.class);
        assertThat(latest.unitPrice()).isEqualByComparingTo("14.00");
        assertThat(latest.active()).isFalse();

        given().auth()
                .oauth2(Tokens.of("manager"))
                .queryParam("q", sku.toLowerCase(java.util.Locale.ROOT))
                .get("/api/products")
                .then()
                .statusCode(200)
                .body("items.sku", hasItems(sku))
                .body("total", equalTo(1));
        given().auth()
                .oauth2(Tokens.of("manager"))
                .queryParam("activeOnly", true)
                .queryParam("q", sku)
                .get("/api/products")
                .then()
                .statusCode(200)
                .body("items", org.hamcrest.Matchers.empty())
                .body("total", equalTo(0));
    }

    @Test
    void aSearchFindsThePercentAndUnderscoreItIsGivenLiterally() {
        // Was: % and _ were dropped from q, so "_1" found "AB_1" and "ABX1" alike, and "50%" every "50".
        String base = Fixtures.newSku();
        for (String sku : List.of(base + "_1", base + "X1")) {
            given().auth()
                    .oauth2(Tokens.of("manager"))
                    .contentType(ContentType.JSON)
                    .body(Map.of("sku", sku, "name", "Sale 50% " + sku, "unitPrice", "5.00"))
                    .post("/api/products")
                    .then()
                    .statusCode(201);
        }
        search(base + "_1").body("items.sku", org.hamcrest.Matchers.contains(base + "_1"));
        search(base + "%1").body("total", equalTo(0));
        search("50% " + base + "X").body("items.sku", org.hamcrest.Matchers.contains(base + "X1"));
        search(base + "\\").body("total", equalTo(0));
    }

    private static io.restassured.response.ValidatableResponse search(String q) {
        return given().auth()
                .oauth2(Tokens.of("manager"))
                .queryParam("q", q)
                .get("/api/products")
                .then()
                .statusCode(200);
    }

    @Test
    void duplicateSkuIsAConflictAndBadProductsAreRefused() {
        String sku = Fixtures.newSku();
        Map<String, Object> product = Map.of("sku", sku, "name", "Mug", "unitPrice", "5.00");
        given().auth()
                .oauth2(Tokens.of("manager"))
                .contentType(ContentType.JSON)
                .body(product)
                .post("/api/products")
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(Tokens.of("manager"))
                .contentType(ContentType.JSON)
                .body(product)
                .post("/api/products")
                .then()
                .statusCode(409)
                .body("error", equalTo("product-exists"));

        given().auth()
                .oauth2(Tokens.of("manager"))
                .contentType(ContentType.JSON)
                .body(Map.of("sku", "has spaces", "name", "", "unitPrice", "1.234"))
                .post("/api/products")
                .then()
                .statusCode(400)
                .body("details.field", hasItems("sku", "name", "unitPrice"));
        given().auth()
                .oauth2(Tokens.of("manager"))
                .get("/api/products/NOPE-" + sku)
                .then()
                .statusCode(404);
    }
}
