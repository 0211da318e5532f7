package com.smartstore.oms.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.smartstore.oms.kit.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Reviewers can see the catalogue price and stock that the automatic rules check orders against. */
@QuarkusTest
class ReferenceResourceTest {

    @Test
    void showsTheProjectedPriceAndStockPerWarehouse() {
        String sku = ReviewFixtures.newSku();
        ReviewFixtures.catalogued(sku, "12.50", 4);

        given().auth()
                .oauth2(Tokens.of("reviewer"))
                .get("/api/reviews/reference/" + sku)
                .then()
                .statusCode(200)
                .body("catalogue.unitPrice", equalTo(12.5f))
                .body("catalogue.active", equalTo(true))
                .body("available", equalTo(8))
                .body("warehouses.warehouse", contains("LIS", "POR"));
    }

    @Test
    void anUnknownSkuHasNoCatalogueEntryAndNoStock() {
        given().auth()
                .oauth2(Tokens.of("manager"))
                .get("/api/reviews/reference/NEVER-SEEN")
                .then()
                .statusCode(200)
                .body("catalogue", nullValue())
                .body("available", equalTo(0));
    }
}
