package com.smartstore.oms.returns;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import com.smartstore.oms.contracts.EventJson;
import com.smartstore.oms.contracts.Topics;
import com.smartstore.oms.contracts.events.Disposition;
import com.smartstore.oms.contracts.events.ReturnReceived;
import com.smartstore.oms.kit.testing.TestKafka;
import com.smartstore.oms.kit.testing.Tokens;
import com.smartstore.oms.returns.repository.ShippedOrderRepository;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What came back is recorded and each line graded (R-X4, R-X5); the inspection publishes {@code return-received} with
 * every graded line, from which the receiving warehouse restocks only the RESELLABLE ones.
 */
@QuarkusTest
class ReceiptAndInspectionTest {
    @Inject
    ShippedOrderRepository shipments;

    static ValidatableResponse post(String user, String path, Object body) {
        return given().auth()
                .oauth2(Tokens.of(user))
                .contentType(ContentType.JSON)
                .body(body)
                .post(path)
                .then();
    }

    /** A QUALITY ticket for two SKU-A and one SKU-B of a new shipped order; returns its id. */
    static String openTicket(UUID orderId) {
        return Fixtures.requestReturn("customer-service", Map.of("orderId", orderId, "reason", "QUALITY"))
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void receivedGoodsAreInspectedAndPublishedAsReturnReceived() throws Exception {
        UUID orderId = Fixtures.shippedOrder(shipments);
        String id = openTicket(orderId);

        post(
                        "warehouse",
                        "/api/returns/" + id + "/receipt",
                        Map.of(
                                "lines",
                                List.of(Map.of("sku", "SKU-A", "quantity", 2), Map.of("sku", "SKU-B", "quantity", 1)),
                                "note",
                                "one parcel"))
                .statusCode(200)
                .body("status", equalTo("RECEIVED"))
                .body("lines.receivedQuantity", contains(2, 1))
                .body("receivedBy", equalTo("warehouse"))
                .body("receiptNote", equalTo("one parcel"));

        post(
                        "after-sales",
                        "/api/returns/" + id + "/inspection",
                        Map.of(
                                "lines",
                                List.of(
                                        Map.of(
                                                "sku",
                                                "SKU-A",
                                                "condition",
                                                "Unworn, tags on",
                                                "disposition",
                                                "RESELLABLE"),
                                        Map.of(
                                                "sku",
                                                "SKU-B",
                                                "condition",
                                                "Stitching loose",
                                                "disposition",
                                                "DEFECTIVE"))))
                .statusCode(200)
                .body("status", equalTo("INSPECTED"))
                .body("lines.disposition", contains("RESELLABLE", "DEFECTIVE"))
                .body("lines.eligible", contains(true, true))
                .body("inspectedBy", equalTo("after-sales"));

        ReturnReceived event = EventJson.mapper()
                .readValue(
                        TestKafka.awaitRecords(Topics.RETURN_RECEIVED, orderId.toString(), 1)
                                .get(0)
                                .value(),
                        ReturnReceived.class);
        assertThat(event.returnId()).hasToString(id);
        assertThat(event.warehouse()).isEqualTo("WH-RETURNS");
        assertThat(event.receivedBy()).isEqualTo("warehouse");
        assertThat(event.items())
                .containsExactly(
                        new ReturnReceived.Item("SKU-A", 2, Disposition.RESELLABLE, "Unworn, tags on"),
                        new ReturnReceived.Item("SKU-B", 1, Disposition.DEFECTIVE, "Stitching loose"));

        // Inspected once: a second inspection is refused and nothing more is published.
        post(
                        "after-sales",
                        "/api/returns/" + id + "/inspection",
                        Map.of("lines", List.of(Map.of("sku", "SKU-A", "condition", "x", "disposition", "RESELLABLE"))))
                .statusCode(409)
                .body("error", equalTo("return-not-received"));
        assertThat(TestKafka.records(Topics.RETURN_RECEIVED, r -> r.key().equals(orderId.toString())))
                .hasSize(1);
    }

    @Test
    void aReceiptOrInspectionThatDoesNotMatchTheTicketIsRefusedNamingTheLines() {
        UUID orderId = Fixtures.shippedOrder(shipments);
        String id = openTicket(orderId);

        post(
                        "after-sales",
                        "/api/returns/" + id + "/inspection",
                        Map.of("lines", List.of(Map.of("sku", "SKU-A", "condition", "x", "disposition", "RESELLABLE"))))
                .statusCode(409)
                .body("error", equalTo("return-not-received"));
        post(
                        "after-sales",
                        "/api/returns/" + id + "/receipt",
                        Map.of(
                                "lines",
                                List.of(Map.of("sku", "SKU-A", "quantity", 3), Map.of("sku", "SKU-Q", "quantity", 1))))
                .statusCode(422)
                .body("error", equalTo("receipt-does-not-match"))
                .body("message", containsString("lines: sku SKU-A: 3 received, but only 2 were to be returned"))
                .body("message", containsString("sku SKU-Q: not on return"));
        post(
                        "after-sales",
                        "/api/returns/" + id + "/receipt",
                        Map.of("lines", List.of(Map.of("sku", "", "quantity", -1))))
                .statusCode(400)
                .body("details.field", hasItems("lines[0].sku", "lines[0].quantity"));

        post(
                        "after-sales",
                        "/api/returns/" + id + "/receipt",
                        Map.of("lines", List.of(Map.of("sku", "SKU-A", "quantity", 1))))
                .statusCode(200)
                .body("lines.receivedQuantity", contains(1, 0));
        post(
                        "after-sales",
                        "/api/returns/" + id + "/inspection",
                        Map.of("lines", List.of(Map.of("sku", "SKU-B", "condition", "x", "disposition", "RESELLABLE"))))
                .statusCode(422)
                .body("error", equalTo("inspection-does-not-match"))
                .body(
                        "message",
                        equalTo("lines: sku SKU-B: nothing of it came back; sku SKU-A: came back but is not graded"));
        post(
                        "after-sales",
                        "/api/returns/" + id + "/inspection",
                        Map.of("lines", List.of(Map.of("sku", "SKU-A", "condition", "", "disposition", "BROKEN"))))
                .statusCode(400);
        post(
                        "after-sales",
                        "/api/returns/" + UUID.randomUUID() + "/receipt",
                        Map.of("lines", List.of(Map.of("sku", "SKU-A", "quantity", 1))))
                .statusCode(404);
        assertThat(TestKafka.records(Topics.RETURN_RECEIVED, r -> r.key().equals(orderId.toString())))
                .isEmpty();
    }
}
