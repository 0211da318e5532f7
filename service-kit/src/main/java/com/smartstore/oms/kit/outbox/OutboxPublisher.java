package com.smartstore.oms.kit.outbox;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.smartstore.oms.contracts.CloudEventHeaders;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends outbox rows as CloudEvents (binary mode) with an idempotent, {@code acks=all} producer, and
 * reports which of them the broker acknowledged. Blocking: call it from the relay's own thread only.
 */
@ApplicationScoped
public class OutboxPublisher {
    private final String bootstrapServers;
    private final String clientId;
    private Producer<String, String> producer;

    public OutboxPublisher(
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.bootstrapServers = bootstrapServers;
        this.clientId = applicationName + "-outbox-relay";
    }

    /**
     * What happened to a batch: the acknowledged prefix (in outbox order) and the first failure, if any.
     * Rows after a failure are not reported as sent even if the broker took them: they are sent again,
     * which keeps per-key order and relies on consumers' inbox to drop the copies.
     */
    public record Result(List<PendingEvent> acknowledged, Exception failure) {}

    public Result publish(List<PendingEvent> batch) throws InterruptedException {
        Producer<String, String> kafka = producer();
        List<Future<RecordMetadata>> sent = new ArrayList<>(batch.size());
        Exception failure = null;
        for (PendingEvent event : batch) {
            try {
                sent.add(kafka.send(toRecord(event)));
            } catch (KafkaException e) {
                failure = e;
                break;
            }
        }
        List<PendingEvent> acknowledged = new ArrayList<>(sent.size());
        for (int i = 0; i < sent.size(); i++) {
            try {
                sent.get(i).get(60, TimeUnit.SECONDS);
                acknowledged.add(batch.get(i));
            } catch (ExecutionException | TimeoutException e) {
                failure = e;
                break;
            }
        }
        if (failure != null) {
            // A failed idempotent producer may be in a fatal state: start the next attempt afresh.
            close(null);
        }
        return new Result(acknowledged, failure);
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
            Properties props = new Properties();
            props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            props.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
            props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
            props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
            props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
            props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 15_000);
            props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            producer = new KafkaProducer<>(props);
        }
        return producer;
    }

    synchronized void close(@Observes ShutdownEvent ignored) {
        if (producer != null) {
            producer.close(java.time.Duration.ofSeconds(5));
            producer = null;
        }
    }
}
