package com.smartstore.oms.review;

import static com.smartstore.oms.kit.testing.OrderBuilder.anOrder;
import static com.smartstore.oms.review.LifecycleFixtures.decisions;
import static com.smartstore.oms.review.ReviewFixtures.PATIENCE;
import static com.smartstore.oms.review.ReviewFixtures.awaitEvents;
import static com.smartstore.oms.review.ReviewFixtures.deliverOrder;
import static com.smartstore.oms.review.ReviewFixtures.deliverProduct;
import static com.smartstore.oms.review.ReviewFixtures.deliverStock;
import static com.smartstore.oms.review.ReviewFixtures.newSku;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.smartstore.oms.contracts.EventJson;
import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.events.OrderHeld;
import com.smartstore.oms.contracts.events.OrderReceived;
import com.smartstore.oms.kit.testing.TestKafka;
import com.smartstore.oms.review.LifecycleFixtures.Decision;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 case 5: the stock check is serialised per SKU, so orders reviewed in parallel (one consumer per
 * partition) cannot both take the last units; units in flight are forgotten only by the reserving warehouse's level.
 */
@QuarkusTest
class StockRaceTest {
    private static final int PAIRS = 8;

    @Test
    void twoOrdersReviewedAtOnceForTheLastUnitsCannotBothBeApproved() throws Exception {
        List<String> skus = new ArrayList<>();
        for (int i = 0; i < PAIRS; i++) {
            String sku = newSku();
            skus.add(sku);
            deliverProduct(sku, "5.00", Instant.now());
            deliverStock("LIS", sku, 1, Instant.now());
        }
        // Each pair's orders sit on different partitions, so two consumers review them at the same time.
        List<OrderReceived> first = new ArrayList<>();
        List<OrderReceived> second = new ArrayList<>();
        for (String sku : skus) {
            first.add(anOrder().id(onPartition(0)).line(sku, 1, "5.00").build());
            second.add(anOrder().id(onPartition(1)).line(sku, 1, "5.00").build());
        }
        publishAtOnce(first, second);

        for (int i = 0; i < PAIRS; i++) {
            UUID a = first.get(i).orderId();
            UUID b = second.get(i).orderId();
            await().atMost(PATIENCE)
                    .until(() -> decisions(a).size() + decisions(b).size() >= 2);
            List<String> kinds = new ArrayList<>();
            decisions(a).forEach(d -> kinds.add(d.kind()));
            decisions(b).forEach(d -> kinds.add(d.kind()));
            assertThat(kinds)
                    .as("decisions for the last unit of " + skus.get(i))
                    .containsExactlyInAnyOrder("approved", "held");
        }
    }

    @Test
    void unitsInFlightAreForgottenOnlyByTheNewerLevelOfTheSameWarehouse() {
        String sku = newSku();
        deliverProduct(sku, "5.00", Instant.now());
        deliverStock("LIS", sku, 2, Instant.now());
        OrderReceived first = anOrder().line(sku, 2, "5.00").build();
        deliverOrder(first);
        awaitEvents(Events.ORDER_APPROVED, first.orderId(), 1);

        // Porto reports the SKU (nothing there): it says nothing about Lisbon's reservation of the 2 units.
        deliverStock("POR", sku, 0, Instant.now());
        OrderReceived second = anOrder().line(sku, 2, "5.00").build();
        deliverOrder(second);

        OrderHeld held = awaitEvents(Events.ORDER_HELD, second.orderId(), 1).get(0);
        assertThat(held.failedRules()).extracting(OrderHeld.RuleFailure::rule).containsExactly("stock-sufficient");

        // Lisbon's newer level shows the reservation: the units are no longer in flight, and none are left.
        deliverStock("LIS", sku, 0, Instant.now());
        OrderReceived third = anOrder().line(sku, 1, "5.00").build();
        deliverOrder(third);
        assertThat(awaitEvents(Events.ORDER_HELD, third.orderId(), 1)).hasSize(1);
        assertThat(decisions(first.orderId())).extracting(Decision::kind).containsExactly("approved");
    }

    /** An order id whose records land on this partition of the 3 (Kafka's default partitioner). */
    private static UUID onPartition(int partition) {
        while (true) {
            UUID id = UUID.randomUUID();
            if (Utils.toPositive(Utils.murmur2(id.toString().getBytes())) % 3 == partition) {
                return id;
            }
        }
    }

    /** One producer, every record sent before waiting for any acknowledgement, interleaving the two lists. */
    private static void publishAtOnce(List<OrderReceived> first, List<OrderReceived> second) throws Exception {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrap());
        props.put(ProducerConfig.LINGER_MS_CONFIG, 50);
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < first.size(); i++) {
                for (OrderReceived order : List.of(first.get(i), second.get(i))) {
                    producer.send(new ProducerRecord<>(
                            Events.ORDER_RECEIVED.topic(),
                            null,
                            order.key(),
                            EventJson.mapper().writeValueAsString(order),
                            TestKafka.cloudEventHeaders(
                                    UUID.randomUUID().toString(),
                                    Events.ORDER_RECEIVED.ceType(),
                                    order.occurredAt(),
                                    order.key())));
                }
            }
            producer.flush();
        }
    }
}
