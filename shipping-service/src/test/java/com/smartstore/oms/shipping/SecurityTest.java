package com.smartstore.oms.shipping;

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
    private static final Map<String, Object> DISPATCH = Map.of("carrier", "CTT", "trackingNumber", "RR1PT");

    @Test
    void withoutATokenEveryEndpointIs401() {
        given().get("/api/shipments").then().statusCode(401);
        given().get("/api/shipments/" + UUID.randomUUID()).then().statusCode(401);
        given().contentType(ContentType.JSON)
                .body(DISPATCH)
                .post("/api/shipments/" + UUID.randomUUID() + "/dispatch")
                .then()
                .statusCode(401);
    }

    @Test
    void withTheWrongRoleItIs403() {
        given().auth().oauth2(Tokens.of("finance")).get("/api/shipments").then().statusCode(403);
        given().auth()
                .oauth2(Tokens.of("order-clerk"))
                .get("/api/shipments/" + UUID.randomUUID())
                .then()
                .statusCode(403);
        // Customer service may look at shipments (R-S4) but not dispatch them.
        given().auth()
                .oauth2(Tokens.of("customer-service"))
                .contentType(ContentType.JSON)
                .body(DISPATCH)
                .post("/api/shipments/" + UUID.randomUUID() + "/dispatch")
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
