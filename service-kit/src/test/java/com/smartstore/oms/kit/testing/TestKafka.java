package com.smartstore.oms.kit.testing;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.awaitility.Awaitility.await;

import com.smartstore.oms.contracts.CloudEventHeaders;
import com.smartstore.oms.contracts.EventJson;
import com.smartstore.oms.contracts.EventType;
import com.smartstore.oms.contracts.OmsEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Plain Kafka clients for tests: publish CloudEvents as another service would, and read topics back. */
public final class TestKafka {

    public static String bootstrap() {
        return System.getProperty("oms.test.kafka", "127.0.0.1:19092");
    }

    /** Creates topics (and nothing else) unless they exist. */
    public static void createTopics(String... names) {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap()))) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = java.util.Arrays.stream(names)
                    .filter(n -> !existing.contains(n))
                    .map(n -> new NewTopic(n, n.endsWith(".dlq") ? 1 : 3, (short) 1))
                    .toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot create topics on " + bootstrap(), e);
        }
    }

    /** Publishes an event as the outbox relay would: CloudEvents headers, key, JSON body; returns its id. */
    public static String publish(EventType<?> type, OmsEvent event) {
        return publish(type.topic(), type, event, UUID.randomUUID().toString());
    }

    /** Publishes an event with a given CloudEvents id (to redeliver it) on a given topic. */
    public static String publish(String topic, EventType<?> type, OmsEvent event, String id) {
        try {
            RecordHeaders headers = cloudEventHeaders(id, type.ceType(), event.occurredAt(), event.key());
            send(new ProducerRecord<>(
                    topic, null, event.key(), EventJson.mapper().writeValueAsString(event), headers));
            return id;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public static RecordHeaders cloudEventHeaders(String id, String type, Instant time, String subject) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(CloudEventHeaders.ID, id.getBytes(UTF_8));
        headers.add(CloudEventHeaders.TYPE, type.getBytes(UTF_8));
        headers.add(CloudEventHeaders.SOURCE, "/oms/test".getBytes(UTF_8));
        headers.add(CloudEventHeaders.TIME, time.toString().getBytes(UTF_8));
        headers.add(CloudEventHeaders.SUBJECT, subject.getBytes(UTF_8));
        headers.add(CloudEventHeaders.SPEC_VERSION, "1.0".getBytes(UTF_8));
        return headers;
    }

    /** Sends a raw record and waits for the broker's acknowledgement. */
    public static void send(ProducerRecord<String, String> record) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot publish to " + record.topic(), e);
        }
    }

    /** Every record on a topic so far (all partitions, from the beginning) that matches a filter. */
    public static List<ConsumerRecord<String, String>> records(
            String topic, Predicate<ConsumerRecord<String, String>> filter) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, String>> found = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topic + " to its end");
                }
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (filter.test(r)) {
                        found.add(r);
                    }
                });
            }
            return found;
        }
    }

    /** Records with this key on a topic, waiting until at least {@code count} are there. */
    public static List<ConsumerRecord<String, String>> awaitRecords(String topic, String key, int count) {
        List<List<ConsumerRecord<String, String>>> holder = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> {
                    List<ConsumerRecord<String, String>> found = records(topic, r -> key.equals(r.key()));
                    holder.add(0, found);
                    return found.size() >= count;
                });
        return holder.get(0);
    }

    /** A header of a record as text. */
    public static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), UTF_8);
    }

    /** Values of a header across records, e.g. the CloudEvents ids. */
    public static List<String> headers(List<ConsumerRecord<String, String>> records, String name) {
        return records.stream().map(r -> header(r, name)).collect(Collectors.toList());
    }

    private TestKafka() {}
}
