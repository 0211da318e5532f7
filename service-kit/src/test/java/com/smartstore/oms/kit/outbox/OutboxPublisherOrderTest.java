package com.smartstore.oms.kit.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, defect 2: per key, publication order is commit order even when the broker fails a send in
 * the middle of a batch. The broker is a {@code MockProducer} whose sends the test completes or fails.
 */
class OutboxPublisherOrderTest {
    private final List<MockProducer<String, String>> producers = new CopyOnWriteArrayList<>();

    @Test
    void aKeyStopsAtItsFirstFailedSendAndOnlyItsAcknowledgedPrefixCountsAsSent() throws Exception {
        OutboxPublisher publisher = new OutboxPublisher(this::manualBroker);
        PendingEvent a1 = row(1, "A");
        PendingEvent b1 = row(2, "B");
        PendingEvent a2 = row(3, "A");
        PendingEvent b2 = row(4, "B");

        CompletableFuture<OutboxPublisher.Result> publishing = CompletableFuture.supplyAsync(() -> {
            try {
                return publisher.publish(List.of(a1, b1, a2, b2));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        await().atMost(Duration.ofSeconds(5)).until(() -> !producers.isEmpty());
        MockProducer<String, String> broker = producers.get(0);
        await().atMost(Duration.ofSeconds(5)).until(() -> broker.history().size() >= 2);
        broker.errorNext(new TimeoutException("broker went away")); // a1
        broker.completeNext(); // b1
        await().atMost(Duration.ofSeconds(5)).until(() -> broker.history().size() >= 3 || publishing.isDone());
        while (!publishing.isDone()) {
            broker.completeNext(); // whatever else was sent
            Thread.sleep(20);
        }
        OutboxPublisher.Result result = publishing.get(10, TimeUnit.SECONDS);

        assertThat(keysAndSeqs(broker.history()))
                .as("A2 must not be sent after A1 failed")
                .containsExactly("A/1", "B/2", "B/4");
        assertThat(result.acknowledged()).containsExactlyInAnyOrder(b1, b2);
        assertThat(result.failed()).containsOnlyKeys(a1);

        // The next attempt resends A's rows in commit order.
        OutboxPublisher.Result retry = new OutboxPublisher(this::autoBroker).publish(List.of(a1, a2));
        assertThat(retry.acknowledged()).containsExactly(a1, a2);
        assertThat(keysAndSeqs(producers.get(1).history())).containsExactly("A/1", "A/3");
    }

    private MockProducer<String, String> manualBroker() {
        MockProducer<String, String> producer =
                new MockProducer<>(false, null, new StringSerializer(), new StringSerializer());
        producers.add(producer);
        return producer;
    }

    private MockProducer<String, String> autoBroker() {
        MockProducer<String, String> producer =
                new MockProducer<>(true, null, new StringSerializer(), new StringSerializer());
        producers.add(producer);
        return producer;
    }

    private static List<String> keysAndSeqs(List<ProducerRecord<String, String>> sent) {
        return sent.stream().map(r -> r.key() + "/" + r.value()).toList();
    }

    private static PendingEvent row(long seq, String key) {
        return new PendingEvent(
                seq,
                UUID.randomUUID(),
                "product-catalog",
                key,
                "com.smartstore.oms.product-catalog.v1",
                "/oms/test",
                key,
                Instant.now(),
                Long.toString(seq));
    }
}
