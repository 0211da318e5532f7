package com.smartstore.oms.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.smartstore.oms.contracts.EventJson;
import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.Topics;
import com.smartstore.oms.contracts.events.LineQuantity;
import com.smartstore.oms.contracts.events.OrderApproved;
import com.smartstore.oms.contracts.events.OrderReceived;
import com.smartstore.oms.contracts.events.OrderRejected;
import com.smartstore.oms.kit.testing.Deliver;
import com.smartstore.oms.kit.testing.TestKafka;
import com.smartstore.oms.kit.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** R-I9: a rejected order goes to the correction list and comes back as a new revision; stale events are ignored. */
@QuarkusTest
class CorrectionTest {

    static Response correct(UUID id, String user, Map<String, Object> body) {
        return given().auth()
                .oauth2(Tokens.of(user))
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/orders/" + id);
    }

    private static void reject(UUID id, int revision) {
        Deliver.event(
                Events.ORDER_REJECTED,
                new OrderRejected(
                        id,
                        Fixtures.orderNumber(id),
                        revision,
                        UUID.randomUUID(),
                        "PRICE_MISMATCH",
                        "Unit price is outdated",
                        "reviewer",
                        Instant.now()));
    }

    @Test
    void rejectedCorrectedResubmittedAsRevisionTwo() throws Exception {
        UUID id = Fixtures.createOrder(Fixtures.newSku());
        reject(id, 1);
        Fixtures.awaitStatus(id, "REJECTED");

        given().auth()
                .oauth2(Tokens.of("order-clerk"))
                .queryParam("orderId", id.toString())
                .get("/api/orders/corrections")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].reasonCode", equalTo("PRICE_MISMATCH"))
                .body("items[0].reason", equalTo("Unit price is outdated"))
                .body("items[0].rejectedBy", equalTo("reviewer"));

        String sku = Fixtures.newSku();
        correct(id, "order-clerk", Fixtures.order(sku, 2, "14.00", "28.00"))
                .then()
                .statusCode(200)
                .body("revision", equalTo(2))
                .body("status", equalTo("RECEIVED"))
                .body("totalAmount", equalTo(28.0f));

        var records = TestKafka.awaitRecords(Topics.ORDER_RECEIVED, id.toString(), 2);
        OrderReceived revised = records.stream()
                .map(r -> read(r.value()))
                .filter(e -> e.revision() == 2)
                .findFirst()
                .orElseThrow();
        assertThat(revised.lines())
                .singleElement()
                .satisfies(l -> assertThat(l.sku()).isEqualTo(sku));
        assertThat(revised.totalAmount()).isEqualByComparingTo("28.00");
        given().auth()
                .oauth2(Tokens.of("customer-service"))
                .queryParam("orderId", id.toString())
                .get("/api/orders/corrections")
                .then()
                .body("items.id", not(hasItem(id.toString())));
        AuditTest.audit(id).body("action", hasItem("CORRECTED"));

        // A late approval of revision 1 is ignored; the approval of revision 2 counts.
        String number = Fixtures.orderNumber(id);
        Deliver.event(Events.ORDER_APPROVED, approved(id, number, 1));
        Deliver.event(Events.ORDER_APPROVED, approved(id, number, 2));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> Fixtures.get(id).body("status", equalTo("APPROVED")));
        Fixtures.get(id)
                .body("history.status", contains("RECEIVED", "REJECTED", "RECEIVED", "APPROVED"))
                .body("history[3].revision", equalTo(2));
    }

    @Test
    void onlyARejectedOrderCanBeCorrected() {
        UUID id = Fixtures.createOrder(Fixtures.newSku());
        correct(id, "customer-service", Fixtures.order(Fixtures.newSku(), 1, "5.00", "5.00"))
                .then()
                .statusCode(409)
                .body("error", equalTo("not-rejected"))
                .body("message", containsString("RECEIVED"));
        correct(id, "sales", Fixtures.order(Fixtures.newSku(), 1, "5.00", "5.00"))
                .then()
                .statusCode(403);
        correct(UUID.randomUUID(), "order-clerk", Fixtures.order(Fixtures.newSku(), 1, "5.00", "5.00"))
                .then()
                .statusCode(404);
        Fixtures.get(id).body("revision", equalTo(1));
    }

    private static OrderApproved approved(UUID id, String number, int revision) {
        return new OrderApproved(
                id,
                number,
                revision,
                UUID.randomUUID(),
                true,
                "auto",
                List.of(new LineQuantity("X", 1)),
                null,
                Instant.now());
    }

    private static OrderReceived read(String json) {
        try {
            return EventJson.mapper().readValue(json, OrderReceived.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
