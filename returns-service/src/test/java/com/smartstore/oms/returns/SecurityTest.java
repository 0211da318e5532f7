package com.smartstore.oms.returns;

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
                        row("POST", "/api/returns", "customer-service", "after-sales"),
                        row("POST", "/api/returns/eligibility", "customer-service", "after-sales", "manager"),
                        row("POST", "/api/returns/{id}/contacts", "customer-service", "after-sales"),
                        row("POST", "/api/returns/{id}/receipt", "after-sales", "warehouse"),
                        row("POST", "/api/returns/{id}/inspection", "after-sales"),
                        row("POST", "/api/returns/{id}/refund", "after-sales"),
                        row("POST", "/api/returns/{id}/alternative", "customer-service", "after-sales"),
                        row("POST", "/api/returns/{id}/exchange", "after-sales"),
                        row("GET", "/api/refunds", "finance", "manager"),
                        row("GET", "/api/quality/samples", "quality", "manager"),
                        row("POST", "/api/quality/samples/{id}", "quality"),
                        row("GET", "/api/quality/defects", "quality", "manager", "purchasing"),
                        row("POST", "/api/refunds/{id}/confirm", "finance"),
                        row("GET", "/api/returns", "customer-service", "after-sales", "manager"),
                        row("GET", "/api/returns/{id}", "customer-service", "after-sales", "manager"))
                .check();
    }

    /**
     * The one operation outside the table, on purpose: the published return policy ({@code @PermitAll}, R-X1), which
     * shops show to anyone; its OpenAPI operation says it needs no token.
     */
    @Test
    void theReturnPolicyIsOpenToAnyone() {
        given().get("/api/returns/policy").then().statusCode(200);
        given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("paths.'/api/returns/policy'.get.security", org.hamcrest.Matchers.empty());
    }

    @Test
    void healthMetricsAndOpenApiAreOpen() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
    }
}
