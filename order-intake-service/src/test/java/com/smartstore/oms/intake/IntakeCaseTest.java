package com.smartstore.oms.intake;

import static io.restassured.RestAssured.given;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.smartstore.oms.kit.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * DATA_ERROR intake cases (issue 10) as clerks work them: the case of a Shopify order without a shipping address is
 * completed into the order (platform channel, id and payment confirmation kept), or dismissed; closed cases take no
 * second action; roles are checked; every step is in the case's history.
 */
@QuarkusTest
class IntakeCaseTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A signed Shopify order without a shipping address: a case. Returns {shopify id, case id}. */
    private static String[] openCase() {
        long shopifyId = Webhooks.newPlatformId();
        String text = new String(Webhooks.shopifyOrder(shopifyId, Fixtures.newSku(), Fixtures.newSku()), UTF_8);
        byte[] body = text.replace("\"shipping_address\":", "\"former_shipping_address\":")
                .getBytes(UTF_8);
        String caseId = Webhooks.post("shopify", body, Webhooks.shopifyHeaders(body))
                .then()
                .statusCode(202)
                .extract()
                .path("caseId");
        return new String[] {Long.toString(shopifyId), caseId, new String(body, UTF_8)};
    }

    @Test
    void aClerkCompletesTheDraftIntoTheOrderAndTheCaseIsResolved() throws Exception {
        String[] opened = openCase();
        String caseId = opened[1];

        String caseJson = given().auth()
                .oauth2(Tokens.of("order-clerk"))
                .get("/api/intake-cases/" + caseId)
                .then()
                .statusCode(200)
                .body("status", equalTo("OPEN"))
                .body("overdue", equalTo(false))
                .body("payload", org.hamcrest.Matchers.containsString(opened[0]))
                .body("history.action", contains("OPENED"))
                .body("history[0].by", equalTo("webhook/shopify"))
                .extract()
                .asString();
        given().auth()
                .oauth2(Tokens.of("order-clerk"))
                .get("/api/intake-cases")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(caseId))
                .body("items.find { it.id == '" + caseId + "' }.payload", nullValue());

        ObjectNode draft = (ObjectNode) JSON.readTree(caseJson).get("draft");
        draft.set(
                "shippingAddress",
                JSON.valueToTree(Map.of(
                        "line1", "Rua Garrett 19", "city", "Lisboa", "postalCode", "1200-203", "country", "PT")));
        String orderId = given().auth()
                .oauth2(Tokens.of("order-clerk"))
                .contentType(ContentType.JSON)
                .body(draft.toString())
                .post("/api/intake-cases/" + caseId + "/order")
                .then()
                .statusCode(201)
                .body("case.status", equalTo("RESOLVED"))
                .extract()
                .path("order.id");

        Fixtures.get(UUID.fromString(orderId))
                .body("channel", equalTo("SHOPIFY"))
                .body("externalOrderId", equalTo(opened[0]))
                .body("shippingAddress.line1", equalTo("Rua Garrett 19"))
                .body("payment.confirmedBy", equalTo("PLATFORM"))
                .body("platform.orderName", equalTo("#1042"))
                .body("lines.skuSource", contains("PLATFORM", "PLATFORM"));
        given().auth()
                .oauth2(Tokens.of("manager"))
                .get("/api/intake-cases/" + caseId)
                .then()
                .body("status", equalTo("RESOLVED"))
                .body("orderId", equalTo(orderId))
                .body("resolvedBy", equalTo("order-clerk"))
                .body("history.action", contains("OPENED", "RESOLVED"))
                .body("history[1].roles", equalTo("order-clerk"));

        // Closed: no second order; the platform's next delivery of the order is answered with the order.
        given().auth()
                .oauth2(Tokens.of("order-clerk"))
                .contentType(ContentType.JSON)
                .body(draft.toString())
                .post("/api/intake-cases/" + caseId + "/order")
                .then()
                .statusCode(409)
                .body("error", equalTo("case-closed"));
        byte[] body = opened[2].getBytes(UTF_8);
        Webhooks.post("shopify", body, Webhooks.shopifyHeaders(body))
                .then()
                .statusCode(200)
                .body("orderId", equalTo(orderId));
    }

    @Test
    void aDismissedCaseKeepsItsReasonAndTakesNoOrder() {
        String[] opened = openCase();
        String caseId = opened[1];
        given().auth()
                .oauth2(Tokens.of("order-clerk"))
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "the merchant's own test delivery"))
                .post("/api/intake-cases/" + caseId + "/dismiss")
                .then()
                .statusCode(200)
                .body("status", equalTo("DISMISSED"))
                .body("resolution", equalTo("dismissed: the merchant's own test delivery"));
        given().auth()
                .oauth2(Tokens.of("order-clerk"))
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "again"))
                .post("/api/intake-cases/" + caseId + "/dismiss")
                .then()
                .statusCode(409);
        byte[] body = opened[2].getBytes(UTF_8);
        Webhooks.post("shopify", body, Webhooks.shopifyHeaders(body))
                .then()
                .statusCode(202)
                .body("caseId", equalTo(caseId))
                .body("status", equalTo("DISMISSED"));
        given().auth()
                .oauth2(Tokens.of("order-clerk"))
                .queryParam("status", "DISMISSED")
                .get("/api/intake-cases")
                .then()
                .body("items.id", hasItem(caseId));
    }

    @Test
    void onlyTheRolesThatWorkIntakeSeeAndWorkCases() {
        String caseId = openCase()[1];
        given().get("/api/intake-cases/" + caseId).then().statusCode(401);
        for (String role : new String[] {"reviewer", "warehouse", "finance", "sales"}) {
            given().auth()
                    .oauth2(Tokens.of(role))
                    .get("/api/intake-cases/" + caseId)
                    .then()
                    .statusCode(403);
        }
        given().auth()
                .oauth2(Tokens.of("customer-service"))
                .get("/api/intake-cases/" + caseId)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(Tokens.of("manager"))
                .contentType(ContentType.JSON)
                .body(Fixtures.order(Fixtures.newSku(), 1, "10.00", "10.00"))
                .post("/api/intake-cases/" + caseId + "/order")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.of("customer-service"))
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "no"))
                .post("/api/intake-cases/" + caseId + "/dismiss")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.of("order-clerk"))
                .contentType(ContentType.JSON)
                .body(Map.of("reason", ""))
                .post("/api/intake-cases/" + caseId + "/dismiss")
                .then()
                .statusCode(400);
        given().auth()
                .oauth2(Tokens.of("order-clerk"))
                .get("/api/intake-cases/" + UUID.randomUUID())
                .then()
                .statusCode(404);
    }
}
