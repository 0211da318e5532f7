package com.smartstore.oms.warehouse;

import static io.restassured.RestAssured.given;

import com.smartstore.oms.kit.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Method;
import io.restassured.specification.RequestSpecification;
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
        expect(401, null, Method.PUT, PUT_STOCK, "{\"onHand\": 1}");
        expect(401, null, Method.GET, "/api/stock", null);
        expect(401, null, Method.GET, "/api/pick-lists", null);
        expect(401, null, Method.GET, PICK_LIST, null);
        expect(401, null, Method.POST, CONFIRM, "{}");
        expect(401, null, Method.POST, PACK, "{}");
        expect(401, null, Method.GET, "/api/shortages", null);
        expect(401, null, Method.GET, "/api/purchase-requests", null);
        expect(401, null, Method.GET, "/api/backorders", null);
        expect(401, null, Method.GET, "/api/stock/movements", null);
        expect(401, null, Method.POST, ADJUST, ADJUSTMENT);
        expect(401, null, Method.POST, "/api/receipts", RECEIPT);
    }

    @Test
    void withTheWrongRoleItIs403() {
        expect(403, "customer-service", Method.PUT, PUT_STOCK, "{\"onHand\": 1}");
        expect(403, "shipping", Method.GET, "/api/stock", null);
        expect(403, "purchasing", Method.GET, "/api/pick-lists", null);
        expect(403, "manager", Method.GET, PICK_LIST, null);
        expect(403, "shipping", Method.POST, CONFIRM, "{}");
        expect(403, "order-clerk", Method.GET, "/api/backorders", null);
        expect(403, "purchasing", Method.POST, PACK, "{}");
        expect(403, "manager", Method.POST, PACK, "{}");
        expect(403, "warehouse", Method.PATCH, PURCHASE_REQUEST, "{}");
        expect(403, "customer-service", Method.GET, "/api/stock/movements", null);
        expect(403, "manager", Method.POST, ADJUST, ADJUSTMENT);
        expect(403, "shipping", Method.POST, "/api/receipts", RECEIPT);
        expect(403, "warehouse", Method.GET, "/api/purchase-requests", null);
        expect(403, "warehouse", Method.GET, PURCHASE_REQUEST, null);
        expect(403, "manager", Method.POST, "/api/purchase-requests", "{}");
        expect(403, "manager", Method.PATCH, PURCHASE_REQUEST, "{}");
        expect(403, "customer-service", Method.GET, "/api/shortages", null);
    }

    @Test
    void eachRoleReachesWhatItNeeds() {
        expect(200, "manager", Method.GET, "/api/stock", null);
        expect(200, "manager", Method.GET, "/api/stock/movements", null);
        expect(200, "manager", Method.GET, "/api/purchase-requests", null);
        expect(200, "manager", Method.GET, "/api/shortages", null);
        expect(200, "purchasing", Method.GET, "/api/backorders", null);
        expect(200, "manager", Method.GET, "/api/backorders", null);
        expect(200, "customer-service", Method.GET, "/api/backorders", null);
        expect(404, "warehouse", Method.POST, PACK, "{}");
        expect(200, "warehouse", Method.GET, "/api/pick-lists", null);
    }

    @Test
    void healthMetricsAndOpenApiAreOpen() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
    }

    /** Sends one request, with a real token of {@code user} (none if null) and a JSON {@code body} (none if null). */
    private static void expect(int status, String user, Method method, String path, String body) {
        RequestSpecification request = given();
        if (user != null) {
            request.auth().oauth2(Tokens.of(user));
        }
        if (body != null) {
            request.contentType(ContentType.JSON).body(body);
        }
        request.request(method, path).then().statusCode(status);
    }
}
