package com.smartstore.oms.shipping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.smartstore.oms.contracts.EventJson;
import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.Topics;
import com.smartstore.oms.contracts.events.OrderCancelRefused;
import com.smartstore.oms.contracts.events.OrderCancelled;
import com.smartstore.oms.kit.testing.Deliver;
import com.smartstore.oms.kit.testing.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Shipping answers cancel requests (R-I11, issue 17 case 3): it confirms with {@code order-cancelled} and stops the
 * order's shipments while no parcel has left, and refuses with {@code order-cancel-refused} once one has.
 */
@QuarkusTest
class CancellationTest {
    private static final String CONSUMER = "shipping-order-cancel-requested";

    @Test
    void aRequestForAPackedOrderIsConfirmedAndNoShipmentOfTheOrderCanLeave() {
        UUID orderId = UUID.randomUUID();
        UUID requestId = UUID.randomUUID();
        String first = Fixtures.packedOrder(orderId, "Faro");

        Deliver.event(Events.ORDER_CANCEL_REQUESTED, Fixtures.cancelRequested(orderId, requestId));

        OrderCancelled confirmed = answer(Topics.ORDER_CANCELLED, orderId, OrderCancelled.class);
        assertThat(confirmed.requestId()).isEqualTo(requestId);
        assertThat(confirmed.orderNumber()).isEqualTo(Fixtures.orderNumber(orderId));
        assertThat(confirmed.statusAtCancellation()).isEqualTo("PICKED");
        assertThat(confirmed.reason()).isEqualTo("Customer changed their mind");
        assertThat(confirmed.cancelledBy()).isEqualTo("customer-service");
        Fixtures.shipmentsOf(orderId)
                .body("items[0].status", equalTo("CANCELLED"))
                .body("items[0].cancelReason", equalTo("Customer changed their mind"));
        Fixtures.dispatch(first, "shipping", Map.of("carrier", "CTT", "trackingNumber", "RR1PT"))
                .statusCode(409)
                .body("message", containsString("cancelled"));

        // A pick list packed after the confirmation opens a shipment that cannot leave either.
        Deliver.event(Events.PICKED, Fixtures.picked(orderId, UUID.randomUUID()));
        await().atMost(Fixtures.WAIT)
                .untilAsserted(() -> Fixtures.shipmentsOf(orderId)
                        .body("items.size()", equalTo(2))
                        .body("items.status", equalTo(List.of("CANCELLED", "CANCELLED"))));
        assertThat(TestKafka.records(Topics.ORDER_CANCEL_REFUSED, r -> r.key().equals(orderId.toString())))
                .isEmpty();
    }

    @Test
    void aRequestAfterTheParcelLeftIsRefusedNamingCarrierAndTrackingNumber() {
        UUID orderId = UUID.randomUUID();
        UUID requestId = UUID.randomUUID();
        String shipment = Fixtures.packedOrder(orderId, "Braga");
        Fixtures.dispatch(shipment, "shipping", Map.of("carrier", "CTT", "trackingNumber", "RR77PT"))
                .statusCode(200);

        Deliver.event(Events.ORDER_CANCEL_REQUESTED, Fixtures.cancelRequested(orderId, requestId));

        OrderCancelRefused refused = answer(Topics.ORDER_CANCEL_REFUSED, orderId, OrderCancelRefused.class);
        assertThat(refused.requestId()).isEqualTo(requestId);
        assertThat(refused.code()).isEqualTo("ALREADY_SHIPPED");
        assertThat(refused.reason()).contains("CTT", "RR77PT");
        Fixtures.shipmentsOf(orderId).body("items[0].status", equalTo("SHIPPED"));
        assertThat(TestKafka.records(Topics.ORDER_CANCELLED, r -> r.key().equals(orderId.toString())))
                .isEmpty();
    }

    @Test
    void aRedeliveredRequestIsAnsweredOnceAndASecondRequestIsConfirmedAgain() {
        UUID orderId = UUID.randomUUID();
        UUID firstRequest = UUID.randomUUID();
        Fixtures.packedOrder(orderId, "Porto");
        String eventId = Deliver.event(Events.ORDER_CANCEL_REQUESTED, Fixtures.cancelRequested(orderId, firstRequest));
        Deliver.event(Events.ORDER_CANCEL_REQUESTED, Fixtures.cancelRequested(orderId, firstRequest), eventId);
        UUID secondRequest = UUID.randomUUID();
        Deliver.event(Events.ORDER_CANCEL_REQUESTED, Fixtures.cancelRequested(orderId, secondRequest));

        // Same key, same partition: the second request is answered after the redelivery was handled.
        List<OrderCancelled> answers = TestKafka.awaitRecords(Topics.ORDER_CANCELLED, orderId.toString(), 2).stream()
                .map(r -> read(r, OrderCancelled.class))
                .toList();
        assertThat(answers).extracting(OrderCancelled::requestId).containsExactly(firstRequest, secondRequest);
        // The second confirmation reports the cancellation that happened, not a new one.
        assertThat(answers.get(1).cancelledAt()).isEqualTo(answers.get(0).cancelledAt());
    }

    @Test
    void aRequestBeforeShippingHeardOfTheOrderIsConfirmedAndItsLaterShipmentIsStopped() {
        UUID orderId = UUID.randomUUID();
        Deliver.event(Events.ORDER_CANCEL_REQUESTED, Fixtures.cancelRequested(orderId, UUID.randomUUID()));
        answer(Topics.ORDER_CANCELLED, orderId, OrderCancelled.class);

        Deliver.event(Events.ORDER_RECEIVED, Fixtures.orderReceived(orderId, 1, "Faro", null));
        Deliver.event(Events.PICKED, Fixtures.picked(orderId, UUID.randomUUID()));
        String shipment = Fixtures.awaitShipment(orderId);
        Fixtures.shipmentsOf(orderId).body("items[0].status", equalTo("CANCELLED"));
        Fixtures.dispatch(shipment, "warehouse", Map.of("carrier", "CTT", "trackingNumber", "RR2PT"))
                .statusCode(409);
    }

    /** The one answer shipping published for the order on a topic. */
    private static <T> T answer(String topic, UUID orderId, Class<T> type) {
        List<ConsumerRecord<String, String>> records = TestKafka.awaitRecords(topic, orderId.toString(), 1);
        assertThat(records).hasSize(1);
        return read(records.get(0), type);
    }

    private static <T> T read(ConsumerRecord<String, String> record, Class<T> type) {
        try {
            return EventJson.mapper().readValue(record.value(), type);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
