package com.smartstore.oms.shipping;

import static com.smartstore.oms.kit.testing.RoleMatrix.row;
import static io.restassured.RestAssured.given;

import com.smartstore.oms.kit.testing.RoleMatrix;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint needs a token (401) and one of its roles (403), checked for every demo user with real Keycloak
 * tokens (R-SEC2); the table lists every operation of the OpenAPI document.
 */
@QuarkusTest
class SecurityTest {

    @Test
    void eachEndpointLetsInItsRolesOnly() {
        RoleMatrix.of(
                        row("GET", "/api/shipments", "shipping", "warehouse", "customer-service"),
                        row("GET", "/api/shipments/{id}", "shipping", "warehouse", "customer-service"),
                        row("GET", "/api/shipments/{id}/notifications", "shipping", "customer-service"),
                        row("POST", "/api/shipments/{id}/dispatch", "shipping", "warehouse"),
                        row("POST", "/api/shipments/{id}/tracking-events", "shipping", "customer-service"),
                        row("GET", "/api/carriers", "shipping", "warehouse", "customer-service"))
                .check();
    }

    @Test
    void healthMetricsAndOpenApiAreOpen() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
    }
}
