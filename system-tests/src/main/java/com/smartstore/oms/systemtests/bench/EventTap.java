package com.smartstore.oms.systemtests.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * An outside consumer of the order topics (no consumer group, nothing committed): from the end of each topic at the
 * start of the run, it keeps the first CloudEvents time ({@code ce_time}, when the step happened) of each step of each
 * order ({@code ce_subject}), and when this reader saw it.
 */
public final class EventTap implements AutoCloseable {
    /** The steps of the chain, in order, as topics. */
    public static final List<String> STEPS = List.of("order-received", "order-approved", "picked", "shipped");
    /** Other outcomes worth counting (an order held or rejected does not go on unattended). */
    public static final List<String> OTHER = List.of("order-held", "order-rejected", "stock-shortage");

    /** When a step of one order happened (ce_time) and when the tap read it. */
    public record Seen(Instant happened, Instant read) {}

    private final Map<String, Map<UUID, Seen>> seen = new ConcurrentHashMap<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread thread;
    private final KafkaConsumer<String, String> consumer;

    public EventTap(String bootstrap) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        // Only what the producers committed, as the services read it.
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        consumer = new KafkaConsumer<>(props);
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics()) {
            seen.put(topic, new ConcurrentHashMap<>());
            List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
            if (infos != null) {
                infos.forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // fixes "the end" now, before the first order is posted
        thread = new Thread(this::run, "bench-event-tap");
        thread.setDaemon(true);
        thread.start();
    }

    private static List<String> topics() {
        List<String> all = new ArrayList<>(STEPS);
        all.addAll(OTHER);
        return all;
    }

    private void run() {
        while (running.get()) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                String subject = header(record, "ce_subject");
                String time = header(record, "ce_time");
                if (subject == null || time == null) {
                    continue;
                }
                try {
                    seen.get(record.topic())
                            .putIfAbsent(UUID.fromString(subject), new Seen(Instant.parse(time), Instant.now()));
                } catch (IllegalArgumentException | java.time.DateTimeException e) {
                    // not an order's event
                }
            }
        }
        consumer.close(Duration.ofSeconds(5));
    }

    public Map<UUID, Seen> seen(String topic) {
        return seen.get(topic);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), UTF_8);
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        thread.join(10_000);
    }
}
