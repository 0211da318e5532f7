package com.smartstore.oms.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.smartstore.oms.contracts.EventJson;
import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.Topics;
import com.smartstore.oms.contracts.events.LineQuantity;
import com.smartstore.oms.contracts.events.OrderApproved;
import com.smartstore.oms.contracts.events.OrderCancelled;
import com.smartstore.oms.kit.testing.TestKafka;
import com.smartstore.oms.kit.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** R-I11: cancellation until shipping, published as {@code order-cancelled}; nothing brings the order back. */
@QuarkusTest
class CancellationTest {

    static Response cancel(UUID id, String user, String reason) {
        return given().auth()
                .oauth2(Tokens.of(user))
                .contentType(ContentType.JSON)
                .body(Map.of("reason", reason))
                .post("/api/orders/" + id + "/cancel");
    }

    @Test
    void anApprovedOrderIsCancelledPublishedAndStaysCancelled() throws Exception {
        UUID id = Fixtures.createOrder(Fixtures.newSku());
        String number = Fixtures.orderNumber(id);
        TestKafka.publish(Events.ORDER_APPROVED, approved(id, number));
        Fixtures.awaitStatus(id, "APPROVED");

        cancel(id, "customer-service", "customer changed their mind")
                .then()
                .statusCode(200)
                .body("status", equalTo("CANCELLED"));

        var record =
                TestKafka.awaitRecords(Topics.ORDER_CANCELLED, id.toString(), 1).get(0);
        OrderCancelled event = EventJson.mapper().readValue(record.value(), OrderCancelled.class);
        assertThat(event.statusAtCancellation()).isEqualTo("APPROVED");
        assertThat(event.reason()).isEqualTo("customer changed their mind");
        assertThat(event.cancelledBy()).isEqualTo("customer-service");

        // A late pick report is recorded but does not resurrect the order.
        TestKafka.publish(
                Events.PICKED,
                new com.smartstore.oms.contracts.events.Picked(
                        id, UUID.randomUUID(), "LIS", List.of(), List.of(), "warehouse", Instant.now()));
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(30))
                .untilAsserted(() -> Fixtures.get(id).body("history.status", hasItem("PICKED")));
        Fixtures.get(id).body("status", equalTo("CANCELLED"));
        AuditTest.audit(id).body("action", hasItem("CANCELLED"));
    }

    @Test
    void aShippedOrAlreadyCancelledOrderIs409WithTheReason() {
        UUID shipped = Fixtures.createOrder(Fixtures.newSku());
        Fixtures.reach(shipped, "SHIPPED");
        cancel(shipped, "order-clerk", "too late")
                .then()
                .statusCode(409)
                .body("error", equalTo("not-cancellable"))
                .body("message", containsString("SHIPPED"));

        UUID twice = Fixtures.createOrder(Fixtures.newSku());
        cancel(twice, "manager", "duplicate order").then().statusCode(200);
        cancel(twice, "manager", "again").then().statusCode(409).body("message", containsString("CANCELLED"));
        assertThat(TestKafka.awaitRecords(Topics.ORDER_CANCELLED, twice.toString(), 1))
                .hasSize(1);
    }

    @Test
    void reasonRolesAndUnknownOrders() {
        UUID id = Fixtures.createOrder(Fixtures.newSku());
        cancel(id, "customer-service", " ").then().statusCode(400);
        cancel(id, "sales", "no").then().statusCode(403);
        cancel(UUID.randomUUID(), "manager", "no such order").then().statusCode(404);
        Fixtures.get(id).body("status", equalTo("RECEIVED"));
    }

    private static OrderApproved approved(UUID id, String number) {
        return new OrderApproved(
                id, number, 1, UUID.randomUUID(), true, "auto", List.of(new LineQuantity("X", 1)), null, Instant.now());
    }
}
