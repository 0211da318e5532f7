package com.smartstore.oms.kit.outbox;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.smartstore.oms.contracts.CloudEventHeaders;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends outbox rows as CloudEvents (binary mode) with an idempotent, {@code acks=all} producer, and
 * reports which of them the broker acknowledged. Blocking: call it from the relay's own thread only.
 *
 * <p>Per key, a row is sent only after the broker acknowledged the key's previous row of the batch, and a
 * key stops at its first failure: the rows after it are not sent at all. Rows of different keys go out
 * together (one "wave" per position in their key), so per-key order on the topic is commit order even when
 * the broker fails in the middle of a batch, and only each key's acknowledged prefix is reported sent.
 */
@ApplicationScoped
public class OutboxPublisher {
    /** How long one send may wait for its acknowledgement before it counts as failed. */
    static final Duration ACK_TIMEOUT = Duration.ofSeconds(60);
    /** How often the relay's database session is kept busy while it waits for the broker. */
    private static final long HEARTBEAT_MILLIS = 1_000;

    private final Supplier<Producer<String, String>> factory;
    private Producer<String, String> producer;

    @Inject
    public OutboxPublisher(
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this(() -> newProducer(bootstrapServers, applicationName + "-outbox-relay"));
    }

    /** With a given producer factory (tests: a {@code MockProducer} that fails chosen sends). */
    OutboxPublisher(Supplier<Producer<String, String>> factory) {
        this.factory = factory;
    }

    /** Lets the relay keep its database session alive while the broker is slow. */
    @FunctionalInterface
    public interface Heartbeat {
        void beat() throws SQLException;
    }

    /**
     * What happened to a batch: the rows the broker acknowledged (each key's prefix, in outbox order per key)
     * and, per key that stopped, the row that failed and why. Rows after a key's failure are in neither.
     */
    public record Result(List<PendingEvent> acknowledged, Map<PendingEvent, Exception> failed) {
        /** The first failure, or null. */
        public Exception failure() {
            return failed.isEmpty() ? null : failed.values().iterator().next();
        }
    }

    public Result publish(List<PendingEvent> batch) throws InterruptedException, SQLException {
        return publish(batch, () -> {});
    }

    public Result publish(List<PendingEvent> batch, Heartbeat heartbeat) throws InterruptedException, SQLException {
        Producer<String, String> kafka = producer();
        Map<String, ArrayDeque<PendingEvent>> byKey = new LinkedHashMap<>();
        for (PendingEvent event : batch) {
            byKey.computeIfAbsent(event.key(), k -> new ArrayDeque<>()).add(event);
        }
        List<PendingEvent> acknowledged = new ArrayList<>(batch.size());
        Map<PendingEvent, Exception> failed = new LinkedHashMap<>();
        while (!byKey.isEmpty()) {
            List<PendingEvent> wave = new ArrayList<>(byKey.size());
            for (Iterator<ArrayDeque<PendingEvent>> it = byKey.values().iterator(); it.hasNext(); ) {
                ArrayDeque<PendingEvent> rows = it.next();
                wave.add(rows.poll());
                if (rows.isEmpty()) {
                    it.remove();
                }
            }
            List<Future<RecordMetadata>> sent = new ArrayList<>(wave.size());
            for (PendingEvent event : wave) {
                sent.add(send(kafka, event));
            }
            for (int i = 0; i < wave.size(); i++) {
                PendingEvent event = wave.get(i);
                try {
                    await(sent.get(i), heartbeat);
                    acknowledged.add(event);
                } catch (ExecutionException e) {
                    failed.put(event, e.getCause() instanceof Exception cause ? cause : e);
                    byKey.remove(event.key());
                }
            }
        }
        if (!failed.isEmpty()) {
            // A failed idempotent producer may be in a fatal state: start the next attempt afresh.
            close(null);
        }
        return new Result(acknowledged, failed);
    }

    /**
     * Whether a failed send can never succeed as the row stands (too large for the broker, not
     * serialisable, invalid): the relay parks such a row instead of retrying it. Anything else (broker
     * down, timeouts, leadership changes) is retried.
     */
    public static boolean isPermanent(Throwable failure) {
        return failure instanceof RecordTooLargeException
                || failure instanceof RecordBatchTooLargeException
                || failure instanceof SerializationException
                || failure instanceof InvalidRecordException
                || failure instanceof IllegalArgumentException
                || failure instanceof NullPointerException;
    }

    private static Future<RecordMetadata> send(Producer<String, String> kafka, PendingEvent event) {
        try {
            return kafka.send(toRecord(event));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private static void await(Future<RecordMetadata> future, Heartbeat heartbeat)
            throws ExecutionException, InterruptedException, SQLException {
        long deadline = System.nanoTime() + ACK_TIMEOUT.toNanos();
        while (true) {
            try {
                future.get(HEARTBEAT_MILLIS, TimeUnit.MILLISECONDS);
                return;
            } catch (TimeoutException e) {
                if (System.nanoTime() > deadline) {
                    throw new ExecutionException(new org.apache.kafka.common.errors.TimeoutException(
                            "no acknowledgement within " + ACK_TIMEOUT.toSeconds() + " s"));
                }
                heartbeat.beat();
            }
        }
    }

    static ProducerRecord<String, String> toRecord(PendingEvent event) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(CloudEventHeaders.ID, event.id().toString().getBytes(UTF_8));
        headers.add(CloudEventHeaders.TYPE, event.ceType().getBytes(UTF_8));
        headers.add(CloudEventHeaders.SOURCE, event.ceSource().getBytes(UTF_8));
        headers.add(
                CloudEventHeaders.TIME,
                DateTimeFormatter.ISO_INSTANT.format(event.ceTime()).getBytes(UTF_8));
        if (event.ceSubject() != null) {
            headers.add(CloudEventHeaders.SUBJECT, event.ceSubject().getBytes(UTF_8));
        }
        headers.add(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0.getBytes(UTF_8));
        headers.add(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON.getBytes(UTF_8));
        return new ProducerRecord<>(event.topic(), null, event.key(), event.payload(), headers);
    }

    private synchronized Producer<String, String> producer() {
        if (producer == null) {
            producer = factory.get();
        }
        return producer;
    }

    private static Producer<String, String> newProducer(String bootstrapServers, String clientId) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 1);
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 15_000);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return new KafkaProducer<>(props);
    }

    synchronized void close(@Observes ShutdownEvent ignored) {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
    }
}
