package com.smartstore.oms.shipping;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.events.OrderAmended;
import com.smartstore.oms.contracts.events.OrderCancelled;
import com.smartstore.oms.contracts.events.OrderReceived;
import com.smartstore.oms.kit.testing.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A new address reaches waiting shipments (R-I10); a cancellation stops them, even those packed later (R-I11). */
@QuarkusTest
class OrderChangesTest {

    @Test
    void anAmendedAddressReachesTheWaitingShipment() {
        UUID orderId = UUID.randomUUID();
        receivedAndPicked(orderId, 1, "Faro");

        TestKafka.publish(Events.ORDER_AMENDED, amended(orderId, 1, "Coimbra"));

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> Fixtures.shipmentsOf(orderId).body("[0].shipTo.city", equalTo("Coimbra")));
    }

    @Test
    void anAmendmentOfAnOlderRevisionChangesNothing() {
        UUID orderId = UUID.randomUUID();
        receivedAndPicked(orderId, 2, "Porto");

        String stale = TestKafka.publish(Events.ORDER_AMENDED, amended(orderId, 1, "Braga"));

        await().atMost(Duration.ofSeconds(30)).until(() -> Fixtures.processed("shipping-order-amended", stale));
        Fixtures.shipmentsOf(orderId).body("[0].shipTo.city", equalTo("Porto"));
    }

    @Test
    void aCancelledOrdersShipmentCannotBeDispatchedNorCanOnePackedAfterTheCancellation() {
        UUID orderId = UUID.randomUUID();
        receivedAndPicked(orderId, 1, "Faro");
        String first = Fixtures.shipmentsOf(orderId).extract().path("[0].id");

        TestKafka.publish(
                Events.ORDER_CANCELLED,
                new OrderCancelled(
                        orderId, "SO-X", "PICKED", "Customer changed their mind", "customer-service", Instant.now()));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> Fixtures.shipmentsOf(orderId)
                        .body("[0].status", equalTo("CANCELLED"))
                        .body("[0].cancelReason", equalTo("Customer changed their mind")));
        Fixtures.dispatch(first, "shipping", Map.of("carrier", "CTT", "trackingNumber", "RR1PT"))
                .statusCode(409)
                .body("message", containsString("cancelled"));

        TestKafka.publish(Events.PICKED, Fixtures.picked(orderId, UUID.randomUUID()));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> Fixtures.shipmentsOf(orderId)
                        .body("size()", equalTo(2))
                        .body("status", equalTo(List.of("CANCELLED", "CANCELLED"))));
    }

    /** The order is known and its pick list packed: a shipment waits for dispatch. */
    private static void receivedAndPicked(UUID orderId, int revision, String city) {
        TestKafka.publish(Events.ORDER_RECEIVED, Fixtures.orderReceived(orderId, revision, city, null));
        TestKafka.publish(Events.PICKED, Fixtures.picked(orderId, UUID.randomUUID()));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> Fixtures.shipmentsOf(orderId).body("[0].shipTo.city", equalTo(city)));
    }

    private static OrderAmended amended(UUID orderId, int revision, String city) {
        return new OrderAmended(
                orderId,
                "SO-X",
                revision,
                UUID.randomUUID(),
                List.of("shippingAddress"),
                new OrderReceived.Address(null, "Rua Nova 1", null, city, null, "3000-001", "PT"),
                null,
                null,
                null,
                "Customer moved",
                "customer-service",
                Instant.now());
    }
}
