package com.smartstore.oms.intake;

import static io.restassured.RestAssured.given;

import com.smartstore.oms.kit.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every endpoint needs a token (401) and one of its roles (403), with real Keycloak tokens (R-SEC2). */
@QuarkusTest
class SecurityTest {

    @Test
    void withoutATokenEveryEndpointIs401() {
        given().get("/api/orders").then().statusCode(401);
        given().get("/api/orders/" + UUID.randomUUID()).then().statusCode(401);
        given().contentType(ContentType.JSON)
                .body("{}")
                .post("/api/orders")
                .then()
                .statusCode(401);
        given().get("/api/products").then().statusCode(401);
        given().get("/api/webhook-deliveries").then().statusCode(401);
        // Webhooks need no token (platforms have none) but a valid signature.
        given().contentType(ContentType.JSON)
                .body("{}")
                .post("/webhooks/shopify")
                .then()
                .statusCode(401);
        given().contentType(ContentType.JSON)
                .body("{}")
                .post("/api/products")
                .then()
                .statusCode(401);
    }

    @Test
    void withTheWrongRoleItIs403() {
        given().auth()
                .oauth2(Tokens.of("warehouse"))
                .contentType(ContentType.JSON)
                .body(Fixtures.order("SKU-1", 1, "1.00", "1.00"))
                .post("/api/orders")
                .then()
                .statusCode(403);
        given().auth().oauth2(Tokens.of("warehouse")).get("/api/orders").then().statusCode(403);
        given().auth()
                .oauth2(Tokens.of("order-clerk"))
                .contentType(ContentType.JSON)
                .body(Map.of("sku", "X", "name", "X", "unitPrice", "1"))
                .post("/api/products")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.of("order-clerk"))
                .get("/api/products")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.of("order-clerk"))
                .get("/api/webhook-deliveries")
                .then()
                .statusCode(403);
    }

    @Test
    void theNewEndpointsNeedATokenToo() {
        UUID id = UUID.randomUUID();
        for (String path : new String[] {
            "/api/orders/" + id + "/audit",
            "/api/orders/" + id + "/payments",
            "/api/orders/corrections",
            "/api/entry-requests"
        }) {
            given().get(path).then().statusCode(401);
        }
        for (String path : new String[] {
            "/api/orders/" + id + "/cancel",
            "/api/orders/" + id + "/amendments",
            "/api/orders/" + id + "/payments",
            "/api/entry-requests",
            "/api/entry-requests/" + id + "/order",
            "/api/storefront/orders"
        }) {
            given().contentType(ContentType.JSON).body("{}").post(path).then().statusCode(401);
        }
        given().contentType(ContentType.JSON)
                .body("{}")
                .put("/api/orders/" + id)
                .then()
                .statusCode(401);
        given().auth()
                .oauth2(Tokens.of("reviewer"))
                .get("/api/orders/corrections")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.of("trainee"))
                .get("/api/orders/" + id + "/audit")
                .then()
                .statusCode(403);
    }

    @Test
    void healthMetricsAndOpenApiAreOpen() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
    }
}
