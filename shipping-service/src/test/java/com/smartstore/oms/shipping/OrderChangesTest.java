package com.smartstore.oms.shipping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.Topics;
import com.smartstore.oms.contracts.events.OrderAmended;
import com.smartstore.oms.contracts.events.OrderReceived;
import com.smartstore.oms.kit.testing.Deliver;
import com.smartstore.oms.kit.testing.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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

        Deliver.event(Events.ORDER_AMENDED, amended(orderId, 1, "Coimbra"));

        await().atMost(Fixtures.WAIT)
                .untilAsserted(() -> Fixtures.shipmentsOf(orderId).body("items[0].shipTo.city", equalTo("Coimbra")));
    }

    @Test
    void anAmendmentOfAnOlderRevisionChangesNothing() {
        UUID orderId = UUID.randomUUID();
        receivedAndPicked(orderId, 2, "Porto");

        Deliver.event(Events.ORDER_AMENDED, amended(orderId, 1, "Braga"));

        Fixtures.shipmentsOf(orderId).body("items[0].shipTo.city", equalTo("Porto"));
    }

    @Test
    void anAmendmentBeforeTheOrderIsParkedAndAppliedWhenTheOrderArrives() {
        UUID orderId = UUID.randomUUID();
        // Issue 17 case 2: the amendment overtakes order-received (another topic); it used to be dropped.
        Deliver.event(Events.ORDER_AMENDED, amended(orderId, 1, "Coimbra"));

        Deliver.event(Events.ORDER_RECEIVED, Fixtures.orderReceived(orderId, 1, "Faro", null));
        Deliver.event(Events.PICKED, Fixtures.picked(orderId, UUID.randomUUID()));

        await().atMost(Fixtures.WAIT)
                .untilAsserted(() -> Fixtures.shipmentsOf(orderId).body("items[0].shipTo.city", equalTo("Coimbra")));
        String shipment = Fixtures.shipmentsOf(orderId).extract().path("items[0].id");
        Fixtures.dispatch(shipment, "shipping", Map.of("carrier", "CTT", "trackingNumber", "RR5PT"))
                .statusCode(200)
                .body("shipTo.city", equalTo("Coimbra"));
    }

    @Test
    void anAmendmentAfterDispatchLeavesTheShippedAddress() {
        UUID orderId = UUID.randomUUID();
        receivedAndPicked(orderId, 1, "Faro");
        String shipment = Fixtures.shipmentsOf(orderId).extract().path("items[0].id");
        Fixtures.dispatch(shipment, "shipping", Map.of("carrier", "CTT", "trackingNumber", "RR6PT"))
                .statusCode(200);

        Deliver.event(Events.ORDER_AMENDED, amended(orderId, 1, "Coimbra"));

        Fixtures.shipmentsOf(orderId).body("items[0].shipTo.city", equalTo("Faro"));
        // Shipping, the authority on whether a parcel has left, says the change came too late (it used to keep quiet:
        // intake and the customer believed the parcel was on its way to Coimbra; ./run.sh interleavings found it).
        List<ConsumerRecord<String, String>> refusals =
                TestKafka.awaitRecords(Topics.ORDER_EXCEPTION, orderId.toString(), 1);
        assertThat(refusals).hasSize(1);
        assertThat(refusals.get(0).value()).contains("\"code\":\"AMENDMENT_REFUSED\"", "RR6PT", "Faro");
    }

    @Test
    void anAmendmentAfterDispatchToTheLabelsAddressIsNoRefusal() {
        UUID orderId = UUID.randomUUID();
        receivedAndPicked(orderId, 1, "Faro");
        String shipment = Fixtures.shipmentsOf(orderId).extract().path("items[0].id");
        Fixtures.dispatch(shipment, "shipping", Map.of("carrier", "CTT", "trackingNumber", "RR7PT"))
                .statusCode(200);
        String recipient = Fixtures.shipmentsOf(orderId).extract().path("items[0].shipTo.recipient");
        OrderAmended same = amended(
                orderId, 1, new OrderReceived.Address(null, "Rua Augusta 10", null, "Faro", null, "1100-053", "PT"));

        Deliver.event(Events.ORDER_AMENDED, same);

        assertThat(TestKafka.records(Topics.ORDER_EXCEPTION, r -> r.key().equals(orderId.toString())))
                .as("label already says %s", recipient)
                .isEmpty();
    }

    /** The order is known and its pick list packed: a shipment waits for dispatch. */
    private static void receivedAndPicked(UUID orderId, int revision, String city) {
        Deliver.event(Events.ORDER_RECEIVED, Fixtures.orderReceived(orderId, revision, city, null));
        Deliver.event(Events.PICKED, Fixtures.picked(orderId, UUID.randomUUID()));
        await().atMost(Fixtures.WAIT)
                .untilAsserted(() -> Fixtures.shipmentsOf(orderId).body("items[0].shipTo.city", equalTo(city)));
    }

    static OrderAmended amended(UUID orderId, int revision, String city) {
        return amended(
                orderId, revision, new OrderReceived.Address(null, "Rua Nova 1", null, city, null, "3000-001", "PT"));
    }

    private static OrderAmended amended(UUID orderId, int revision, OrderReceived.Address address) {
        return new OrderAmended(
                orderId,
                "SO-X",
                revision,
                UUID.randomUUID(),
                List.of("shippingAddress"),
                address,
                null,
                null,
                null,
                "Customer moved",
                "customer-service",
                Instant.now());
    }
}
