package com.smartstore.oms.analytics;

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
                        row("GET", "/api/analytics/time-to-ship", "manager", "admin"),
                        row("GET", "/api/analytics/volume", "manager", "admin"),
                        row("GET", "/api/analytics/customers", "manager", "admin"),
                        row("GET", "/api/analytics/stages", "manager", "admin"),
                        row("GET", "/api/analytics/returns", "manager", "admin"),
                        row("GET", "/api/analytics/exceptions", "manager", "admin"),
                        row("GET", "/api/analytics/sla", "manager", "admin"),
                        row("GET", "/api/analytics/staff", "manager", "admin"),
                        // Any member of staff gets past the role check, then reads only their own (StaffKpiTest):
                        // for a random user name, that is everybody but managers and administrators refused.
                        row("GET", "/api/analytics/staff/{user}/assessment", "manager", "admin"),
                        row("POST", "/api/analytics/corrections", "manager", "admin"),
                        row("GET", "/api/analytics/orders/{orderId}/corrections", "manager", "admin"),
                        row("GET", "/api/analytics/orders/{orderId}/timeline", "manager", "admin"),
                        row("GET", "/api/reports", "manager", "admin"),
                        row("POST", "/api/reports", "manager", "admin"),
                        row("GET", "/api/reports/{id}", "manager", "admin"))
                .check();
    }

    @Test
    void healthMetricsAndOpenApiAreOpen() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
    }
}
