package com.smartstore.oms.warehouse;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.events.LineQuantity;
import com.smartstore.oms.kit.testing.Deliver;
import com.smartstore.oms.kit.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Purchase requests moving forward to RECEIVED (R-W5), and the shortages purchasing works from (R-W4). */
@QuarkusTest
class PurchasingTest {

    @Test
    void aPurchaseRequestIsRecordedAndMovesOnlyForward() {
        String sku = Fixtures.newSku();
        String id = create(sku, 20, LocalDate.now().plusDays(5))
                .statusCode(201)
                .header("Location", containsString("/api/purchase-requests/"))
                .body("sku", equalTo(sku))
                .body("status", equalTo("REQUESTED"))
                .body("supplier", equalTo("Tecidos Lda"))
                .body("specification", equalTo("cotton, size M"))
                .body("createdBy", equalTo("purchasing"))
                .body("createdAt", notNullValue())
                .body("overdue", equalTo(false))
                .extract()
                .path("id");

        patch(id, Map.of("status", "CONFIRMED", "notes", "supplier confirmed by phone"))
                .statusCode(200)
                .body("status", equalTo("CONFIRMED"))
                .body("notes", equalTo("supplier confirmed by phone"))
                .body("quantity", equalTo(20));
        patch(id, Map.of("status", "ORDERED"))
                .statusCode(409)
                .body("error", equalTo("status-backward"))
                .body("message", containsString("CONFIRMED"));
        patch(id, Map.of("expectedArrival", LocalDate.now().minusDays(1).toString(), "quantity", 25))
                .statusCode(200)
                .body("status", equalTo("CONFIRMED"))
                .body("quantity", equalTo(25))
                .body("overdue", equalTo(true));

        given().auth()
                .oauth2(Tokens.of("manager"))
                .queryParam("sku", sku)
                .queryParam("overdue", true)
                .get("/api/purchase-requests")
                .then()
                .statusCode(200)
                .body("items.id", contains(id));
        given().auth()
                .oauth2(Tokens.of("manager"))
                .get("/api/purchase-requests/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("CONFIRMED"));
    }

    @Test
    void aReceiptNamingAPurchaseRequestMarksItReceived() {
        String sku = Fixtures.newSku();
        String id = create(sku, 4, LocalDate.now().minusDays(2))
                .statusCode(201)
                .body("overdue", equalTo(true))
                .extract()
                .path("id");

        Fixtures.receive(
                        "warehouse",
                        Map.of(
                                "warehouse",
                                Fixtures.newWarehouse(),
                                "sku",
                                sku,
                                "quantity",
                                4,
                                "purchaseRequestId",
                                id))
                .statusCode(200)
                .body("purchaseRequestId", equalTo(id));

        given().auth()
                .oauth2(Tokens.of("purchasing"))
                .get("/api/purchase-requests/" + id)
                .then()
                .body("status", equalTo("RECEIVED"))
                .body("overdue", equalTo(false));
        patch(id, Map.of("notes", "late note")).statusCode(409).body("error", equalTo("purchase-request-received"));
        given().auth()
                .oauth2(Tokens.of("purchasing"))
                .queryParam("sku", sku)
                .queryParam("overdue", true)
                .get("/api/purchase-requests")
                .then()
                .body("items.id", not(hasItem(id)));
        Fixtures.receive(
                        "warehouse", Map.of("warehouse", "LIS", "sku", "OTHER", "quantity", 1, "purchaseRequestId", id))
                .statusCode(422)
                .body("error", equalTo("purchase-request-sku-mismatch"))
                .body("message", startsWith("sku: "));
        Fixtures.receive(
                        "warehouse",
                        Map.of("warehouse", "LIS", "sku", sku, "quantity", 1, "purchaseRequestId", UUID.randomUUID()))
                .statusCode(422)
                .body("error", equalTo("unknown-purchase-request"))
                .body("message", startsWith("purchaseRequestId: "));
    }

    @Test
    void badPurchaseRequestsAreRefused() {
        given().auth()
                .oauth2(Tokens.of("purchasing"))
                .contentType(ContentType.JSON)
                .body(Map.of("quantity", 0))
                .post("/api/purchase-requests")
                .then()
                .statusCode(400)
                .body("details.field", contains("expectedArrival", "quantity", "sku", "supplier"));
        patch(UUID.randomUUID().toString(), Map.of("status", "ORDERED")).statusCode(404);
        patch(UUID.randomUUID().toString(), Map.of("status", "LOST"))
                .statusCode(400)
                .body("error", equalTo("malformed-json"));
    }

    @Test
    void shortagesShowWhatWaitingOrdersNeedBeyondStockAndWhatIsOnItsWay() {
        String sku = Fixtures.newSku();
        Fixtures.setStock(Fixtures.newWarehouse(), sku, 2);
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        Deliver.event(Events.ORDER_APPROVED, Fixtures.approved(first, 1, null, new LineQuantity(sku, 3)));
        Deliver.event(Events.ORDER_APPROVED, Fixtures.approved(second, 1, null, new LineQuantity(sku, 4)));
        String requestId =
                create(sku, 10, LocalDate.now().plusDays(3)).extract().path("id");

        List<Map<String, Object>> shortages = given().auth()
                .oauth2(Tokens.of("warehouse"))
                .get("/api/shortages")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("findAll { it.sku == '" + sku + "' }");

        assertThat(shortages).singleElement().satisfies(s -> {
            assertThat(s)
                    .containsEntry("needed", 7)
                    .containsEntry("available", 2)
                    .containsEntry("shortage", 5);
            assertThat(s.get("orders").toString()).contains(first.toString(), second.toString());
            assertThat(s.get("purchaseRequests").toString()).contains(requestId);
        });
    }

    private static ValidatableResponse create(String sku, int quantity, LocalDate expectedArrival) {
        Map<String, Object> body = new HashMap<>();
        body.put("sku", sku);
        body.put("specification", "cotton, size M");
        body.put("quantity", quantity);
        body.put("supplier", "Tecidos Lda");
        body.put("expectedArrival", expectedArrival.toString());
        return given().auth()
                .oauth2(Tokens.of("purchasing"))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/purchase-requests")
                .then();
    }

    private static ValidatableResponse patch(String id, Object body) {
        return given().auth()
                .oauth2(Tokens.of("purchasing"))
                .contentType(ContentType.JSON)
                .body(body)
                .patch("/api/purchase-requests/" + id)
                .then();
    }
}
