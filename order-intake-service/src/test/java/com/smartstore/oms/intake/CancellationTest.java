package com.smartstore.oms.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import com.smartstore.oms.contracts.EventJson;
import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.Topics;
import com.smartstore.oms.contracts.events.LineQuantity;
import com.smartstore.oms.contracts.events.OrderApproved;
import com.smartstore.oms.contracts.events.OrderCancelRefused;
import com.smartstore.oms.contracts.events.OrderCancelRequested;
import com.smartstore.oms.contracts.events.OrderCancelled;
import com.smartstore.oms.contracts.events.Picked;
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

/**
 * R-I11, issue 17 case 3: a cancellation is a request that shipping confirms ({@code order-cancelled}) or refuses
 * ({@code order-cancel-refused}); intake never answers "cancelled" on its own.
 */
@QuarkusTest
class CancellationTest {

    static Response cancel(UUID id, String user, String reason) {
        return given().auth()
                .oauth2(Tokens.of(user))
                .contentType(ContentType.JSON)
                .body(Map.of("reason", reason))
                .post("/api/orders/" + id + "/cancel");
    }

    /** The {@code order-cancel-requested} events intake published for the order (waits for {@code count}). */
    static List<OrderCancelRequested> requests(UUID id, int count) {
        return TestKafka.awaitRecords(Topics.ORDER_CANCEL_REQUESTED, id.toString(), count).stream()
                .map(r -> read(r.value(), OrderCancelRequested.class))
                .toList();
    }

    @Test
    void aCancellationIsRequestedAndTheOrderIsCancelledOnlyWhenShippingConfirms() {
        UUID id = Fixtures.createOrder(Fixtures.newSku());
        String number = Fixtures.orderNumber(id);
        Deliver.event(Events.ORDER_APPROVED, approved(id, number));
        Fixtures.awaitStatus(id, "APPROVED");

        cancel(id, "customer-service", "customer changed their mind")
                .then()
                .statusCode(202)
                .body("status", equalTo("APPROVED"))
                .body("cancellation.status", equalTo("REQUESTED"))
                .body("cancellation.reason", equalTo("customer changed their mind"))
                .body("cancellation.requestedBy", equalTo("customer-service"))
                .body("cancellation.requestedAt", notNullValue());
        OrderCancelRequested request = requests(id, 1).get(0);
        assertThat(request.statusAtRequest()).isEqualTo("APPROVED");
        assertThat(request.reason()).isEqualTo("customer changed their mind");
        assertThat(request.requestedBy()).isEqualTo("customer-service");
        // Asked again while pending: the same request, no second event.
        cancel(id, "manager", "asked twice")
                .then()
                .statusCode(202)
                .body("cancellation.requestId", equalTo(request.requestId().toString()))
                .body("cancellation.reason", equalTo("customer changed their mind"));
        Fixtures.get(id).body("status", equalTo("APPROVED")).body("cancellation.status", equalTo("REQUESTED"));

        Deliver.event(
                Events.ORDER_CANCELLED,
                new OrderCancelled(
                        id,
                        number,
                        "APPROVED",
                        request.reason(),
                        request.requestedBy(),
                        Instant.now(),
                        request.requestId()));
        Fixtures.awaitStatus(id, "CANCELLED").body("cancellation.status", equalTo("CONFIRMED"));
        assertThat(requests(id, 1)).hasSize(1);

        // A late pick report is recorded but does not resurrect the order.
        Deliver.event(
                Events.PICKED,
                new Picked(id, UUID.randomUUID(), "LIS", List.of(), List.of(), "warehouse", Instant.now()));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> Fixtures.get(id).body("history.status", hasItem("PICKED")));
        Fixtures.get(id).body("status", equalTo("CANCELLED"));
        AuditTest.audit(id).body("action", hasItem("CANCEL_REQUESTED")).body("action", hasItem("CANCELLED"));
        cancel(id, "manager", "again").then().statusCode(409).body("message", containsString("CANCELLED"));
    }

    @Test
    void aRefusalIsShownWithItsReasonAndTheStatusStays() {
        UUID id = Fixtures.createOrder(Fixtures.newSku());
        String number = Fixtures.orderNumber(id);
        Fixtures.reach(id, "PICKED");
        cancel(id, "order-clerk", "wrong size").then().statusCode(202);
        OrderCancelRequested request = requests(id, 1).get(0);
        assertThat(request.statusAtRequest()).isEqualTo("PICKED");

        Deliver.event(
                Events.ORDER_CANCEL_REFUSED,
                new OrderCancelRefused(
                        id,
                        number,
                        request.requestId(),
                        "ALREADY_SHIPPED",
                        "The parcel left with CTT; start a return instead",
                        Instant.now()));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> Fixtures.get(id).body("cancellation.status", equalTo("REFUSED")));
        Fixtures.get(id)
                .body("status", equalTo("PICKED"))
                .body("cancellation.refusalCode", equalTo("ALREADY_SHIPPED"))
                .body("cancellation.refusalReason", equalTo("The parcel left with CTT; start a return instead"));
        assertThat(TestKafka.records(Topics.ORDER_CANCELLED, r -> id.toString().equals(r.key())))
                .isEmpty();
        // After a refusal a new request may be made (e.g. the refusal was about a parcel that came back).
        cancel(id, "order-clerk", "try again").then().statusCode(202).body("cancellation.status", equalTo("REQUESTED"));
        assertThat(requests(id, 2)).extracting(OrderCancelRequested::reason).containsExactly("wrong size", "try again");
    }

    @Test
    void aShippedOrderIs409AndNothingIsRequested() {
        UUID shipped = Fixtures.createOrder(Fixtures.newSku());
        Fixtures.reach(shipped, "SHIPPED");
        cancel(shipped, "order-clerk", "too late")
                .then()
                .statusCode(409)
                .body("error", equalTo("not-cancellable"))
                .body("message", containsString("SHIPPED"));
        assertThat(TestKafka.records(
                        Topics.ORDER_CANCEL_REQUESTED, r -> shipped.toString().equals(r.key())))
                .isEmpty();
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

    private static <T> T read(String json, Class<T> type) {
        try {
            return EventJson.mapper().readValue(json, type);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
