package com.smartstore.oms.intake;

import static com.smartstore.oms.kit.testing.RoleMatrix.row;
import static io.restassured.RestAssured.given;

import com.smartstore.oms.kit.testing.RoleMatrix;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** Every endpoint needs a token (401) and one of its roles (403), with real Keycloak tokens (R-SEC2). */
@QuarkusTest
class SecurityTest {

    @Test
    void eachEndpointLetsInItsRolesOnly() {
        // Every demo user against every endpoint (401 without a token, 403 outside its row).
        RoleMatrix.of(
                        row("POST", "/api/entry-requests", "sales", "customer-service"),
                        row(
                                "GET",
                                "/api/entry-requests",
                                "order-clerk",
                                "sales",
                                "customer-service",
                                "trainee",
                                "manager"),
                        row(
                                "GET",
                                "/api/entry-requests/{id}",
                                "order-clerk",
                                "sales",
                                "customer-service",
                                "trainee",
                                "manager"),
                        row(
                                "POST",
                                "/api/entry-requests/{id}/order",
                                "order-clerk",
                                "sales",
                                "customer-service",
                                "trainee"),
                        row(
                                "GET",
                                "/api/intake-cases",
                                "order-clerk",
                                "customer-service",
                                "trainee",
                                "manager",
                                "admin"),
                        row(
                                "GET",
                                "/api/intake-cases/{id}",
                                "order-clerk",
                                "customer-service",
                                "trainee",
                                "manager",
                                "admin"),
                        row("POST", "/api/intake-cases/{id}/order", "order-clerk", "customer-service", "trainee"),
                        row("POST", "/api/intake-cases/{id}/dismiss", "order-clerk", "trainee", "manager"),
                        row("POST", "/api/orders", "order-clerk", "sales", "customer-service", "trainee"),
                        row(
                                "GET",
                                "/api/orders/{id}",
                                "order-clerk",
                                "sales",
                                "customer-service",
                                "reviewer",
                                "trainee",
                                "shipping",
                                "finance",
                                "manager",
                                "admin"),
                        row(
                                "GET",
                                "/api/orders",
                                "order-clerk",
                                "sales",
                                "customer-service",
                                "trainee",
                                "manager",
                                "admin"),
                        row("GET", "/api/orders/{id}/audit", "manager", "admin"),
                        row("POST", "/api/orders/{id}/cancel", "order-clerk", "customer-service", "trainee", "manager"),
                        row("POST", "/api/orders/{id}/amendments", "customer-service"),
                        row(
                                "POST",
                                "/api/orders/{id}/lines/{lineNo}/sku",
                                "order-clerk",
                                "customer-service",
                                "trainee"),
                        row("GET", "/api/orders/corrections", "order-clerk", "sales", "customer-service", "trainee"),
                        row("PUT", "/api/orders/{id}", "order-clerk", "customer-service", "trainee"),
                        row("POST", "/api/orders/{id}/payments", "finance"),
                        row("GET", "/api/orders/{id}/payments", "customer-service", "finance", "manager"),
                        row("GET", "/api/privacy-requests", "customer-service", "manager", "admin"),
                        row("GET", "/api/privacy-requests/{id}", "customer-service", "manager", "admin"),
                        row("POST", "/api/privacy-requests/{id}/done", "customer-service", "manager", "admin"),
                        row("POST", "/api/products", "manager", "admin"),
                        row("PUT", "/api/products/{sku}", "manager", "admin"),
                        row("GET", "/api/products", "manager", "admin"),
                        row("GET", "/api/products/{sku}", "manager", "admin"),
                        row("POST", "/api/sku-mappings", "order-clerk", "trainee", "manager", "admin"),
                        row("PUT", "/api/sku-mappings/{id}", "order-clerk", "trainee", "manager", "admin"),
                        row("DELETE", "/api/sku-mappings/{id}", "order-clerk", "trainee", "manager", "admin"),
                        row(
                                "GET",
                                "/api/sku-mappings",
                                "order-clerk",
                                "customer-service",
                                "trainee",
                                "manager",
                                "admin"),
                        row(
                                "GET",
                                "/api/sku-mappings/{id}",
                                "order-clerk",
                                "customer-service",
                                "trainee",
                                "manager",
                                "admin"),
                        row("POST", "/api/storefront/orders"), // the storefront client only (StorefrontTest)
                        row("GET", "/api/webhook-deliveries", "manager", "admin"))
                .check();
    }

    @Test
    void webhooksNeedNoTokenButAValidSignature() {
        given().contentType(ContentType.JSON)
                .body("{}")
                .post("/webhooks/shopify")
                .then()
                .statusCode(401)
                .body("error", org.hamcrest.Matchers.equalTo("invalid-signature"));
    }

    @Test
    void healthMetricsAndOpenApiAreOpen() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
    }
}
