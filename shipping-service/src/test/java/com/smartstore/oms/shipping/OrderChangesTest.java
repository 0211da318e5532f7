package com.smartstore.oms.shipping;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.events.OrderAmended;
import com.smartstore.oms.contracts.events.OrderReceived;
import com.smartstore.oms.kit.testing.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A new address reaches waiting shipments (R-I10), even when the amendment arrives before the order; a parcel that
 * has left keeps the address on its label.
 */
@QuarkusTest
class OrderChangesTest {

    @Test
    void anAmendedAddressReachesTheWaitingShipment() {
        UUID orderId = UUID.randomUUID();
        receivedAndPicked(orderId, 1, "Faro");

        TestKafka.publish(Events.ORDER_AMENDED, amended(orderId, 1, "Coimbra"));

        await().atMost(Fixtures.WAIT)
                .untilAsserted(() -> Fixtures.shipmentsOf(orderId).body("[0].shipTo.city", equalTo("Coimbra")));
    }

    @Test
    void anAmendmentOfAnOlderRevisionChangesNothing() {
        UUID orderId = UUID.randomUUID();
        receivedAndPicked(orderId, 2, "Porto");

        String stale = TestKafka.publish(Events.ORDER_AMENDED, amended(orderId, 1, "Braga"));

        Fixtures.awaitProcessed("shipping-order-amended", stale);
        Fixtures.shipmentsOf(orderId).body("[0].shipTo.city", equalTo("Porto"));
    }

    @Test
    void anAmendmentBeforeTheOrderIsParkedAndAppliedWhenTheOrderArrives() {
        UUID orderId = UUID.randomUUID();
        // Issue 17 case 2: the amendment overtakes order-received (another topic); it used to be dropped.
        String early = TestKafka.publish(Events.ORDER_AMENDED, amended(orderId, 1, "Coimbra"));
        Fixtures.awaitProcessed("shipping-order-amended", early);

        TestKafka.publish(Events.ORDER_RECEIVED, Fixtures.orderReceived(orderId, 1, "Faro", null));
        TestKafka.publish(Events.PICKED, Fixtures.picked(orderId, UUID.randomUUID()));

        await().atMost(Fixtures.WAIT)
                .untilAsserted(() -> Fixtures.shipmentsOf(orderId).body("[0].shipTo.city", equalTo("Coimbra")));
        String shipment = Fixtures.shipmentsOf(orderId).extract().path("[0].id");
        Fixtures.dispatch(shipment, "shipping", Map.of("carrier", "CTT", "trackingNumber", "RR5PT"))
                .statusCode(200)
                .body("shipTo.city", equalTo("Coimbra"));
    }

    @Test
    void anAmendmentAfterDispatchLeavesTheShippedAddress() {
        UUID orderId = UUID.randomUUID();
        receivedAndPicked(orderId, 1, "Faro");
        String shipment = Fixtures.shipmentsOf(orderId).extract().path("[0].id");
        Fixtures.dispatch(shipment, "shipping", Map.of("carrier", "CTT", "trackingNumber", "RR6PT"))
                .statusCode(200);

        Fixtures.awaitProcessed(
                "shipping-order-amended", TestKafka.publish(Events.ORDER_AMENDED, amended(orderId, 1, "Coimbra")));

        Fixtures.shipmentsOf(orderId).body("[0].shipTo.city", equalTo("Faro"));
    }

    /** The order is known and its pick list packed: a shipment waits for dispatch. */
    private static void receivedAndPicked(UUID orderId, int revision, String city) {
        TestKafka.publish(Events.ORDER_RECEIVED, Fixtures.orderReceived(orderId, revision, city, null));
        TestKafka.publish(Events.PICKED, Fixtures.picked(orderId, UUID.randomUUID()));
        await().atMost(Fixtures.WAIT)
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
