package com.smartstore.oms.warehouse;

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
                        row("GET", "/api/backorders", "customer-service", "warehouse", "purchasing", "manager"),
                        row("GET", "/api/pick-lists", "warehouse"),
                        row("GET", "/api/pick-lists/{id}", "warehouse"),
                        row("POST", "/api/pick-lists/{id}/confirm", "warehouse"),
                        row("POST", "/api/pick-lists/{id}/pack", "warehouse"),
                        row("GET", "/api/purchase-requests", "purchasing", "manager"),
                        row("GET", "/api/purchase-requests/{id}", "purchasing", "manager"),
                        row("POST", "/api/purchase-requests", "purchasing"),
                        row("PATCH", "/api/purchase-requests/{id}", "purchasing"),
                        row("POST", "/api/receipts", "warehouse", "purchasing"),
                        row("GET", "/api/shortages", "warehouse", "purchasing", "manager"),
                        row("PUT", "/api/stock/{warehouse}/{sku}", "warehouse", "purchasing"),
                        row("POST", "/api/stock/{warehouse}/{sku}/adjustments", "warehouse", "purchasing"),
                        row("GET", "/api/stock/movements", "warehouse", "purchasing", "manager"),
                        row("GET", "/api/stock", "customer-service", "warehouse", "purchasing", "manager"))
                .check();
    }

    @Test
    void healthMetricsAndOpenApiAreOpen() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
    }
}
