package com.smartstore.oms.returns;

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
    private static final Map<String, Object> RETURN = Map.of("orderId", UUID.randomUUID(), "reason", "Wrong size");

    @Test
    void withoutATokenEveryEndpointIs401() {
        given().get("/api/returns").then().statusCode(401);
        given().get("/api/returns/" + UUID.randomUUID()).then().statusCode(401);
        given().contentType(ContentType.JSON)
                .body(RETURN)
                .post("/api/returns")
                .then()
                .statusCode(401);
    }

    @Test
    void withTheWrongRoleItIs403() {
        given().auth().oauth2(Tokens.of("warehouse")).get("/api/returns").then().statusCode(403);
        given().auth()
                .oauth2(Tokens.of("shipping"))
                .get("/api/returns/" + UUID.randomUUID())
                .then()
                .statusCode(403);
        // Managers may look at returns but do not open them.
        given().auth()
                .oauth2(Tokens.of("manager"))
                .contentType(ContentType.JSON)
                .body(RETURN)
                .post("/api/returns")
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
