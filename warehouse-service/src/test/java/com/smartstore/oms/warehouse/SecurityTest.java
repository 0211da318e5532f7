package com.smartstore.oms.warehouse;

import static io.restassured.RestAssured.given;

import com.smartstore.oms.kit.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every endpoint needs a token (401) and one of its roles (403), with real Keycloak tokens (R-SEC2). */
@QuarkusTest
class SecurityTest {
    private static final String PUT_STOCK = "/api/stock/LIS/SKU-1";
    private static final String CONFIRM = "/api/pick-lists/" + UUID.randomUUID() + "/confirm";
    private static final String ADJUST = "/api/stock/LIS/SKU-1/adjustments";
    private static final String ADJUSTMENT = "{\"delta\": 1, \"reason\": \"found\"}";
    private static final String RECEIPT = "{\"warehouse\": \"LIS\", \"sku\": \"SKU-1\", \"quantity\": 1}";
    private static final String PURCHASE_REQUEST = "/api/purchase-requests/" + UUID.randomUUID();
    private static final String PICK_LIST = "/api/pick-lists/" + UUID.randomUUID();
    private static final String PACK = PICK_LIST + "/pack";

    @Test
    void withoutATokenEveryEndpointIs401() {
        given().contentType(ContentType.JSON)
                .body("{\"onHand\": 1}")
                .put(PUT_STOCK)
                .then()
                .statusCode(401);
        given().get("/api/stock").then().statusCode(401);
        given().get("/api/pick-lists").then().statusCode(401);
        given().get(PICK_LIST).then().statusCode(401);
        given().contentType(ContentType.JSON).body("{}").post(CONFIRM).then().statusCode(401);
        given().contentType(ContentType.JSON).body("{}").post(PACK).then().statusCode(401);
        given().get("/api/shortages").then().statusCode(401);
        given().get("/api/purchase-requests").then().statusCode(401);
        given().get("/api/backorders").then().statusCode(401);
        given().get("/api/stock/movements").then().statusCode(401);
        given().contentType(ContentType.JSON)
                .body(ADJUSTMENT)
                .post(ADJUST)
                .then()
                .statusCode(401);
        given().contentType(ContentType.JSON)
                .body(RECEIPT)
                .post("/api/receipts")
                .then()
                .statusCode(401);
    }

    @Test
    void withTheWrongRoleItIs403() {
        given().auth()
                .oauth2(Tokens.of("customer-service"))
                .contentType(ContentType.JSON)
                .body("{\"onHand\": 1}")
                .put(PUT_STOCK)
                .then()
                .statusCode(403);
        given().auth().oauth2(Tokens.of("shipping")).get("/api/stock").then().statusCode(403);
        given().auth()
                .oauth2(Tokens.of("purchasing"))
                .get("/api/pick-lists")
                .then()
                .statusCode(403);
        given().auth().oauth2(Tokens.of("manager")).get(PICK_LIST).then().statusCode(403);
        given().auth()
                .oauth2(Tokens.of("shipping"))
                .contentType(ContentType.JSON)
                .body("{}")
                .post(CONFIRM)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.of("order-clerk"))
                .get("/api/backorders")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.of("purchasing"))
                .contentType(ContentType.JSON)
                .body("{}")
                .post(PACK)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.of("manager"))
                .contentType(ContentType.JSON)
                .body("{}")
                .post(PACK)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.of("warehouse"))
                .contentType(ContentType.JSON)
                .body("{}")
                .patch(PURCHASE_REQUEST)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.of("customer-service"))
                .get("/api/stock/movements")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.of("manager"))
                .contentType(ContentType.JSON)
                .body(ADJUSTMENT)
                .post(ADJUST)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.of("shipping"))
                .contentType(ContentType.JSON)
                .body(RECEIPT)
                .post("/api/receipts")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.of("warehouse"))
                .get("/api/purchase-requests")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.of("warehouse"))
                .get(PURCHASE_REQUEST)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.of("manager"))
                .contentType(ContentType.JSON)
                .body("{}")
                .post("/api/purchase-requests")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.of("manager"))
                .contentType(ContentType.JSON)
                .body("{}")
                .patch(PURCHASE_REQUEST)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.of("customer-service"))
                .get("/api/shortages")
                .then()
                .statusCode(403);
    }

    @Test
    void eachRoleReachesWhatItNeeds() {
        given().auth().oauth2(Tokens.of("manager")).get("/api/stock").then().statusCode(200);
        given().auth()
                .oauth2(Tokens.of("manager"))
                .get("/api/stock/movements")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(Tokens.of("manager"))
                .get("/api/purchase-requests")
                .then()
                .statusCode(200);
        given().auth().oauth2(Tokens.of("manager")).get("/api/shortages").then().statusCode(200);
        given().auth()
                .oauth2(Tokens.of("purchasing"))
                .get("/api/backorders")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(Tokens.of("manager"))
                .get("/api/backorders")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(Tokens.of("customer-service"))
                .get("/api/backorders")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(Tokens.of("warehouse"))
                .contentType(ContentType.JSON)
                .body("{}")
                .post(PACK)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(Tokens.of("warehouse"))
                .get("/api/pick-lists")
                .then()
                .statusCode(200);
    }

    @Test
    void healthMetricsAndOpenApiAreOpen() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
    }
}
