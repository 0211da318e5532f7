package com.smartstore.oms.shipping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.smartstore.oms.contracts.EventJson;
import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.Topics;
import com.smartstore.oms.contracts.events.OrderCancelRefused;
import com.smartstore.oms.kit.testing.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 case 3: a cancel request racing a dispatch of the same packed order has exactly one winner. Either the
 * parcel left (dispatch 200, {@code shipped}, the request refused) or the order is cancelled (dispatch 409,
 * {@code order-cancelled}, the shipment CANCELLED), never both.
 */
@QuarkusTest
class CancelDispatchRaceTest {
    private static final Logger LOG = Logger.getLogger(CancelDispatchRaceTest.class);
    private static final int ORDERS = 12;

    @Test
    void eachOrderIsEitherDispatchedOrCancelledNeverBoth() throws Exception {
        List<UUID> orders = new ArrayList<>();
        for (int i = 0; i < ORDERS; i++) {
            UUID orderId = UUID.randomUUID();
            orders.add(orderId);
            TestKafka.publish(Events.ORDER_RECEIVED, Fixtures.orderReceived(orderId, 1, "Faro", null));
            TestKafka.publish(Events.PICKED, Fixtures.picked(orderId, UUID.randomUUID()));
        }
        List<String> shipments = new ArrayList<>();
        for (UUID orderId : orders) {
            await().atMost(Fixtures.WAIT)
                    .untilAsserted(() -> Fixtures.shipmentsOf(orderId).body("items[0].shipTo.city", equalTo("Faro")));
            shipments.add(Fixtures.shipmentsOf(orderId).extract().path("items[0].id"));
        }

        // Per order, the request and the dispatch start together.
        ExecutorService pool = Executors.newFixedThreadPool(2 * ORDERS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> dispatches = new ArrayList<>();
        List<Integer> statuses = new ArrayList<>();
        try {
            for (int i = 0; i < ORDERS; i++) {
                UUID orderId = orders.get(i);
                String shipment = shipments.get(i);
                pool.submit(() -> {
                    start.await();
                    return TestKafka.publish(
                            Events.ORDER_CANCEL_REQUESTED, Fixtures.cancelRequested(orderId, UUID.randomUUID()));
                });
                dispatches.add(pool.submit(() -> {
                    start.await();
                    return Fixtures.dispatch(
                                    shipment, "shipping", Map.of("carrier", "CTT", "trackingNumber", "RACE-" + orderId))
                            .extract()
                            .statusCode();
                }));
            }
            start.countDown();
            for (Future<Integer> dispatch : dispatches) {
                statuses.add(dispatch.get());
            }
        } finally {
            pool.shutdownNow();
        }

        Set<String> keys = orders.stream().map(UUID::toString).collect(Collectors.toSet());
        await().atMost(Fixtures.WAIT)
                .until(() -> answered(Topics.ORDER_CANCELLED, keys).size()
                                + answered(Topics.ORDER_CANCEL_REFUSED, keys).size()
                        == ORDERS);
        List<ConsumerRecord<String, String>> cancelled = answered(Topics.ORDER_CANCELLED, keys);
        List<ConsumerRecord<String, String>> refused = answered(Topics.ORDER_CANCEL_REFUSED, keys);
        assertThat(statuses).allSatisfy(status -> assertThat(status).isIn(200, 409));
        long won = statuses.stream().filter(status -> status == 200).count();
        await().atMost(Fixtures.WAIT).until(() -> answered(Topics.SHIPPED, keys).size() == won);
        List<ConsumerRecord<String, String>> shipped = answered(Topics.SHIPPED, keys);
        LOG.infof("race: %d dispatched, %d cancelled", won, ORDERS - won);

        for (int i = 0; i < ORDERS; i++) {
            String key = orders.get(i).toString();
            boolean dispatched = statuses.get(i) == 200;
            assertThat(count(cancelled, key)).as("order-cancelled of %s", key).isEqualTo(dispatched ? 0 : 1);
            assertThat(count(refused, key))
                    .as("order-cancel-refused of %s", key)
                    .isEqualTo(dispatched ? 1 : 0);
            assertThat(count(shipped, key)).as("shipped of %s", key).isEqualTo(dispatched ? 1 : 0);
            Fixtures.shipmentsOf(orders.get(i)).body("items[0].status", equalTo(dispatched ? "SHIPPED" : "CANCELLED"));
            if (dispatched) {
                OrderCancelRefused refusal = EventJson.mapper()
                        .readValue(
                                refused.stream()
                                        .filter(r -> r.key().equals(key))
                                        .findFirst()
                                        .orElseThrow()
                                        .value(),
                                OrderCancelRefused.class);
                assertThat(refusal.code()).isEqualTo("ALREADY_SHIPPED");
                assertThat(refusal.reason()).contains("RACE-" + key);
            }
        }
    }

    private static List<ConsumerRecord<String, String>> answered(String topic, Set<String> keys) {
        return TestKafka.records(topic, r -> keys.contains(r.key()));
    }

    private static long count(List<ConsumerRecord<String, String>> records, String key) {
        return records.stream().filter(r -> r.key().equals(key)).count();
    }
}
