package com.smartstore.oms.review;

import static com.smartstore.oms.kit.testing.RoleMatrix.row;
import static io.restassured.RestAssured.given;

import com.smartstore.oms.kit.testing.RoleMatrix;
import com.smartstore.oms.kit.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every endpoint needs a token (401) and one of its roles (403), with real Keycloak tokens (R-SEC2). */
@QuarkusTest
class SecurityTest {
    private static final String REVIEW = "/api/reviews/" + UUID.randomUUID();
    private static final String REASON = "{\"reason\":\"no\"}";
    private static final String NOTE = "{\"text\":\"called\"}";

    @Test
    void eachEndpointLetsInItsRolesOnly() {
        // Every demo user against every endpoint (401 without a token, 403 outside its row).
        RoleMatrix.of(
                        row("GET", "/api/blacklist", "reviewer", "trainee", "manager"),
                        row("POST", "/api/blacklist", "manager"),
                        row("DELETE", "/api/blacklist/{id}", "manager"),
                        row(
                                "POST",
                                "/api/cases",
                                "order-clerk",
                                "sales",
                                "customer-service",
                                "reviewer",
                                "trainee",
                                "warehouse",
                                "purchasing",
                                "shipping",
                                "after-sales",
                                "finance",
                                "quality",
                                "manager",
                                "admin"),
                        row(
                                "GET",
                                "/api/cases",
                                "order-clerk",
                                "sales",
                                "customer-service",
                                "reviewer",
                                "trainee",
                                "warehouse",
                                "purchasing",
                                "shipping",
                                "after-sales",
                                "finance",
                                "quality",
                                "manager",
                                "admin"),
                        row(
                                "GET",
                                "/api/cases/{id}",
                                "order-clerk",
                                "sales",
                                "customer-service",
                                "reviewer",
                                "trainee",
                                "warehouse",
                                "purchasing",
                                "shipping",
                                "after-sales",
                                "finance",
                                "quality",
                                "manager",
                                "admin"),
                        row("POST", "/api/cases/{id}/assign", "manager"),
                        row(
                                "POST",
                                "/api/cases/{id}/resolve",
                                "order-clerk",
                                "sales",
                                "customer-service",
                                "reviewer",
                                "trainee",
                                "warehouse",
                                "purchasing",
                                "shipping",
                                "after-sales",
                                "finance",
                                "quality",
                                "manager",
                                "admin"),
                        row("POST", "/api/cases/{id}/close", "customer-service"),
                        row("GET", "/api/reviews/reference/{sku}", "reviewer", "trainee", "manager"),
                        row("GET", "/api/reviews", "reviewer", "trainee", "manager"),
                        row("GET", "/api/reviews/{id}", "reviewer", "trainee", "manager"),
                        row("POST", "/api/reviews/{id}/claim", "reviewer", "trainee"),
                        row("POST", "/api/reviews/{id}/release", "reviewer", "trainee", "manager"),
                        row("POST", "/api/reviews/{id}/notes", "reviewer", "trainee"),
                        row("POST", "/api/reviews/{id}/approve", "reviewer", "trainee"),
                        row("POST", "/api/reviews/{id}/reject", "reviewer", "trainee"),
                        row(
                                "POST",
                                "/api/reviews/{id}/confirm",
                                "reviewer"), // not a trainee: they are who is confirmed (R-T1)
                        row("GET", "/api/reviews/rules", "reviewer", "trainee", "manager"))
                .check();
    }

    @Test
    void theStorefrontMayNeitherFlagNorReadCases() {
        given().auth()
                .oauth2(Tokens.ofClient("oms-storefront"))
                .contentType(ContentType.JSON)
                .body("{}")
                .post("/api/cases")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.ofClient("oms-storefront"))
                .get("/api/cases/" + UUID.randomUUID())
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
