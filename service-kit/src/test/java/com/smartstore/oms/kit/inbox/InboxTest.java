package com.smartstore.oms.kit.inbox;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.events.ProductCatalogEntry;
import com.smartstore.oms.kit.KitCounter;
import com.smartstore.oms.kit.KitTestConsumer;
import com.smartstore.oms.kit.KitTopics;
import com.smartstore.oms.kit.testing.Db;
import com.smartstore.oms.kit.testing.TestKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

/** The inbox guarantees, against the real PostgreSQL and Kafka: redelivery is harmless, poison does not block. */
@QuarkusTest
@QuarkusTestResource(KitTopics.class)
class InboxTest {
    private static final String TOPIC = "kit-test";

    @Inject
    Inbox inbox;

    @Test
    void redeliveredEventChangesStateOnce() {
        String sku = "INBOX-" + UUID.randomUUID();
        double duplicatesBefore = inbox.duplicates("kit-test").count();
        String id = UUID.randomUUID().toString();
        TestKafka.publish(TOPIC, Events.PRODUCT_CATALOG, entry(sku, "first"), id);
        TestKafka.publish(TOPIC, Events.PRODUCT_CATALOG, entry(sku, "first again"), id);
        TestKafka.publish(
                TOPIC,
                Events.PRODUCT_CATALOG,
                entry(sku, "second"),
                UUID.randomUUID().toString());

        awaitCounter(sku, "second");
        assertThat(counter(sku).count).isEqualTo(2);
        assertThat(inbox.duplicates("kit-test").count()).isEqualTo(duplicatesBefore + 1);
    }

    @Test
    void unreadableRecordsGoToTheDeadLetterTopicAndThePartitionKeepsFlowing() {
        String sku = "POISON-" + UUID.randomUUID();
        RecordHeaders headers = TestKafka.cloudEventHeaders(
                UUID.randomUUID().toString(), Events.PRODUCT_CATALOG.ceType(), Instant.now(), sku);
        TestKafka.send(new ProducerRecord<>(TOPIC, null, sku, "{not json", headers));
        TestKafka.send(new ProducerRecord<>(TOPIC, null, sku, "{\"sku\":\"" + sku + "\"}", new RecordHeaders()));
        TestKafka.publish(
                TOPIC,
                Events.PRODUCT_CATALOG,
                entry(sku, "after the poison"),
                UUID.randomUUID().toString());

        awaitCounter(sku, "after the poison");
        assertThat(counter(sku).count).isEqualTo(1);
        List<ConsumerRecord<String, String>> dead = TestKafka.awaitRecords(TOPIC + ".dlq", sku, 2);
        assertThat(dead).extracting(ConsumerRecord::value).containsExactly("{not json", "{\"sku\":\"" + sku + "\"}");
        assertThat(reason(dead.get(0))).contains("not a valid " + Events.PRODUCT_CATALOG.ceType());
        assertThat(reason(dead.get(1))).contains("missing CloudEvents header ce_id");
    }

    @Test
    void eventABusinessRuleRefusesForeverIsDeadLetteredWithoutBlockingTheNextOne() {
        String sku = "REFUSED-" + UUID.randomUUID();
        TestKafka.publish(
                TOPIC,
                Events.PRODUCT_CATALOG,
                entry(sku, KitTestConsumer.REFUSED),
                UUID.randomUUID().toString());
        TestKafka.publish(
                TOPIC,
                Events.PRODUCT_CATALOG,
                entry(sku, "accepted"),
                UUID.randomUUID().toString());

        awaitCounter(sku, "accepted");
        assertThat(counter(sku).count).isEqualTo(1);
        List<ConsumerRecord<String, String>> dead = TestKafka.awaitRecords(TOPIC + ".dlq", sku, 1);
        assertThat(reason(dead.get(0))).contains("product name is refused");
    }

    @Test
    void transientFailureIsRetriedInPlaceAndAppliedOnce() {
        String sku = "FLAKY-" + UUID.randomUUID();
        TestKafka.publish(
                TOPIC,
                Events.PRODUCT_CATALOG,
                entry(sku, KitTestConsumer.FLAKY),
                UUID.randomUUID().toString());
        TestKafka.publish(
                TOPIC,
                Events.PRODUCT_CATALOG,
                entry(sku, "next"),
                UUID.randomUUID().toString());

        awaitCounter(sku, "next");
        assertThat(counter(sku).count).isEqualTo(2);
        assertThat(TestKafka.records(TOPIC + ".dlq", r -> sku.equals(r.key()))).isEmpty();
    }

    @Test
    void unexpectedFailureIsRetriedThenDeadLettered() {
        String sku = "BROKEN-" + UUID.randomUUID();
        TestKafka.publish(
                TOPIC,
                Events.PRODUCT_CATALOG,
                entry(sku, KitTestConsumer.BROKEN),
                UUID.randomUUID().toString());
        TestKafka.publish(
                TOPIC,
                Events.PRODUCT_CATALOG,
                entry(sku, "after the bug"),
                UUID.randomUUID().toString());

        awaitCounter(sku, "after the bug");
        assertThat(counter(sku).count).isEqualTo(1);
        assertThat(reason(TestKafka.awaitRecords(TOPIC + ".dlq", sku, 1).get(0)))
                .contains("handler bug");
    }

    private static String reason(ConsumerRecord<String, String> record) {
        var header = record.headers().lastHeader("dead-letter-reason");
        return header == null ? "" : new String(header.value(), UTF_8);
    }

    private static void awaitCounter(String sku, String lastName) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            KitCounter counter = counter(sku);
            return counter != null && lastName.equals(counter.lastName);
        });
    }

    private static KitCounter counter(String sku) {
        return Db.read(() -> KitCounter.findById(sku));
    }

    private static ProductCatalogEntry entry(String sku, String name) {
        return new ProductCatalogEntry(sku, name, null, "test", BigDecimal.ONE, "EUR", true, Instant.now());
    }
}
