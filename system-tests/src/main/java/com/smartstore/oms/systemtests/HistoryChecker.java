package com.smartstore.oms.systemtests;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The history checker of the chaos run (issue 16, docs/RELIABILITY.md): reads every service's database and every
 * order topic after the system settled, and lists each violation of the guarantees, for the orders the run had
 * acknowledged to its clients:
 * <ul>
 *   <li>every acknowledged order exists exactly once in intake, and exactly one review decided each revision;
 *   <li>no stage row without its predecessor (pick list without an approval in review, shipment without its pick
 *       list), and no duplicate pick list (per order, revision and warehouse) or shipment (per pick list);
 *   <li>per order, the events on each topic come in the publishing service's commit (outbox) order;
 *   <li>analytics counts as many received and shipped orders as the sources;
 *   <li>the dead-letter topics hold only the poison the run injected.
 * </ul>
 */
public final class HistoryChecker {
    /** The header the chaos run puts on every poison record it injects. */
    public static final String POISON_HEADER = "oms-chaos-poison";

    private static final Map<String, String> PUBLISHERS = new LinkedHashMap<>();

    static {
        PUBLISHERS.put("order-received", "intake");
        PUBLISHERS.put("order-held", "review");
        PUBLISHERS.put("order-approved", "review");
        PUBLISHERS.put("order-rejected", "review");
        PUBLISHERS.put("picked", "warehouse");
        PUBLISHERS.put("shipped", "shipping");
        PUBLISHERS.put("order-cancelled", "shipping");
    }

    private final String jdbcBase;
    private final String dbSuffix;
    private final String bootstrap;

    public HistoryChecker(String jdbcBase, String dbSuffix, String bootstrap) {
        this.jdbcBase = jdbcBase;
        this.dbSuffix = dbSuffix;
        this.bootstrap = bootstrap;
    }

    /** What the checker found: counts per stage and the violations. */
    public record Verdict(Map<String, Integer> counts, List<String> violations) {
        public boolean ok() {
            return violations.isEmpty();
        }

        @Override
        public String toString() {
            return counts
                    + (violations.isEmpty()
                            ? ": every guarantee holds"
                            : ": " + violations.size() + " violation(s)\n  "
                                    + violations.stream().limit(50).collect(Collectors.joining("\n  ")));
        }
    }

    public Verdict check(Collection<UUID> acknowledged) {
        Map<String, Integer> counts = new TreeMap<>();
        List<String> violations = new ArrayList<>();
        Set<UUID> orders = new HashSet<>(acknowledged);
        counts.put("acknowledged", orders.size());
        try {
            Set<UUID> inIntake = ids("intake", "select id from orders where id = any(?)", orders);
            counts.put("intake orders", inIntake.size());
            orders.stream()
                    .filter(id -> !inIntake.contains(id))
                    .forEach(id -> violations.add("acknowledged order " + id + " is missing in intake"));

            rows(
                            "review",
                            "select order_id, revision, amendment_id, count(*) from review where order_id = any(?)"
                                    + " group by order_id, revision, amendment_id having count(*) > 1",
                            orders)
                    .forEach(r -> violations.add(
                            "order " + r.get(0) + " revision " + r.get(1) + " was reviewed " + r.get(3) + " times"));
            Set<UUID> reviewed = ids("review", "select distinct order_id from review where order_id = any(?)", orders);
            counts.put("reviewed", reviewed.size());
            Set<UUID> approved = ids(
                    "review",
                    "select distinct order_id from review where order_id = any(?) and status in ('APPROVED', 'AUTO_APPROVED')",
                    orders);
            counts.put("approved", approved.size());

            rows(
                            "warehouse",
                            "select order_id, revision, warehouse, count(*) from pick_list where order_id = any(?)"
                                    + " and status <> 'CANCELLED' and status <> 'SUPERSEDED'"
                                    + " group by order_id, revision, warehouse having count(*) > 1",
                            orders)
                    .forEach(r -> violations.add("order " + r.get(0) + " revision " + r.get(1) + " has " + r.get(3)
                            + " live pick lists in " + r.get(2)));
            Map<UUID, UUID> pickLists = new HashMap<>();
            rows("warehouse", "select id, order_id from pick_list where order_id = any(?)", orders)
                    .forEach(r -> pickLists.put(UUID.fromString(r.get(0)), UUID.fromString(r.get(1))));
            counts.put("pick lists", pickLists.size());
            pickLists.values().stream()
                    .distinct()
                    .filter(id -> !approved.contains(id))
                    .forEach(id -> violations.add("order " + id + " has a pick list but no approval in review"));

            List<List<String>> shipments = rows(
                    "shipping",
                    "select id, order_id, pick_list_id, status from shipment where order_id = any(?)",
                    orders);
            counts.put("shipments", shipments.size());
            long shipped =
                    shipments.stream().filter(r -> r.get(3).equals("SHIPPED")).count();
            counts.put("shipped", (int) shipped);
            shipments.stream()
                    .filter(r -> !pickLists.containsKey(UUID.fromString(r.get(2))))
                    .forEach(r -> violations.add("shipment " + r.get(0) + " has no pick list " + r.get(2)));

            int received = count(
                    "analytics",
                    "select count(*) from order_timeline where order_id = any(?) and received_at is not null",
                    orders);
            int analyticsShipped = count(
                    "analytics",
                    "select count(*) from order_timeline where order_id = any(?) and shipped_at is not null",
                    orders);
            counts.put("analytics received", received);
            counts.put("analytics shipped", analyticsShipped);
            if (received != inIntake.size()) {
                violations.add("analytics counts " + received + " received orders, intake has " + inIntake.size());
            }
            long shippedOrders = shipments.stream()
                    .filter(r -> r.get(3).equals("SHIPPED"))
                    .map(r -> r.get(1))
                    .distinct()
                    .count();
            if (analyticsShipped != shippedOrders) {
                violations.add("analytics counts " + analyticsShipped + " shipped orders, shipping " + shippedOrders);
            }
        } catch (SQLException e) {
            violations.add("cannot read the databases: " + e.getMessage());
        }
        Set<String> keys = orders.stream().map(UUID::toString).collect(Collectors.toSet());
        violations.addAll(topicOrder(keys, counts));
        violations.addAll(deadLetters(keys, counts));
        return new Verdict(counts, violations);
    }

    /** Per order key and topic: the events' outbox sequence, first occurrence of each, must only grow. */
    private List<String> topicOrder(Set<String> keys, Map<String, Integer> counts) {
        List<String> violations = new ArrayList<>();
        int records = 0;
        for (Map.Entry<String, String> topic : PUBLISHERS.entrySet()) {
            Map<String, Long> seqById = new HashMap<>();
            try {
                for (List<String> r : rows(
                        topic.getValue(),
                        "select id::text, seq from outbox where topic = '" + topic.getKey()
                                + "' and event_key = any(?)",
                        keys)) {
                    seqById.put(r.get(0), Long.parseLong(r.get(1)));
                }
            } catch (SQLException e) {
                violations.add("cannot read " + topic.getValue() + "'s outbox: " + e.getMessage());
                continue;
            }
            Map<String, Long> lastSeq = new HashMap<>();
            Map<String, Set<String>> seen = new HashMap<>();
            for (ConsumerRecord<String, String> record : readAll(topic.getKey())) {
                if (record.key() == null || !keys.contains(record.key())) {
                    continue;
                }
                records++;
                String id = header(record, "ce_id");
                if (!seen.computeIfAbsent(record.key(), k -> new HashSet<>()).add(id)) {
                    continue; // a redelivery after a relay crash: consumers skip it
                }
                Long seq = seqById.get(id);
                if (seq == null) {
                    continue; // outbox row already past retention
                }
                Long before = lastSeq.put(record.key(), seq);
                if (before != null && before > seq) {
                    violations.add("on " + topic.getKey() + ", order " + record.key() + "'s event " + id
                            + " (outbox seq " + seq + ") came after seq " + before);
                }
            }
        }
        counts.put("order events read", records);
        return violations;
    }

    /**
     * No event of an acknowledged order may be dead-lettered, only injected poison; each poison record is dead-lettered once per consumer of its
     * topic, so the counts are the distinct poison records seen and all their copies.
     */
    private List<String> deadLetters(Set<String> keys, Map<String, Integer> counts) {
        List<String> violations = new ArrayList<>();
        Set<String> poisonKeys = new HashSet<>();
        int copies = 0;
        for (String topic : List.of(
                "order-received",
                "order-approved",
                "order-held",
                "order-rejected",
                "order-amended",
                "order-cancelled",
                "order-cancel-requested",
                "payment-recorded",
                "picked",
                "shipped")) {
            for (ConsumerRecord<String, String> record : readAll(topic + ".dlq")) {
                if (record.headers().lastHeader(POISON_HEADER) != null) {
                    copies++;
                    poisonKeys.add(topic + "/" + record.key());
                } else if (keys.contains(record.key())) {
                    // Only the run's orders: the test topics also hold earlier tests' events, some dead-lettered.
                    violations.add(
                            topic + ".dlq holds an event of an acknowledged order: key " + record.key() + ", ce_id "
                                    + header(record, "ce_id") + ", reason " + header(record, "dead-letter-reason"));
                }
            }
        }
        counts.put("poison dead-lettered", poisonKeys.size());
        counts.put("poison dead-letter copies", copies);
        return violations;
    }

    /**
     * How many events the consumer groups with members (the running services) have yet to take, over the partitions
     * assigned to them: 0 once every consumer has taken (processed or dead-lettered) everything published so far.
     */
    public long activeLag() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            List<String> groups = admin.listConsumerGroups().all().get(30, TimeUnit.SECONDS).stream()
                    .map(ConsumerGroupListing::groupId)
                    .toList();
            long lag = 0;
            for (ConsumerGroupDescription group : admin.describeConsumerGroups(groups)
                    .all()
                    .get(30, TimeUnit.SECONDS)
                    .values()) {
                Set<TopicPartition> assigned = group.members().stream()
                        .flatMap(m -> m.assignment().topicPartitions().stream())
                        .collect(Collectors.toSet());
                if (assigned.isEmpty()) {
                    continue;
                }
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.groupId())
                        .partitionsToOffsetAndMetadata()
                        .get(30, TimeUnit.SECONDS);
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
                assigned.forEach(tp -> {
                    latest.put(tp, OffsetSpec.latest());
                    earliest.put(tp, OffsetSpec.earliest());
                });
                var ends = admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS);
                var starts = admin.listOffsets(earliest).all().get(30, TimeUnit.SECONDS);
                for (TopicPartition tp : assigned) {
                    OffsetAndMetadata at = committed.get(tp);
                    long position = at != null ? at.offset() : starts.get(tp).offset();
                    lag += Math.max(0, ends.get(tp).offset() - position);
                }
            }
            return lag;
        }
    }

    /**
     * Every record dead-lettered since {@code since} on any {@code .dlq} topic, but injected poison: each one is an
     * event a consumer could not take (e.g. a value its table cannot hold), described for the report.
     */
    public List<String> deadLetteredSince(Instant since) throws Exception {
        Set<String> dlqs;
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            dlqs = admin.listTopics().names().get(30, TimeUnit.SECONDS).stream()
                    .filter(t -> t.endsWith(".dlq"))
                    .collect(Collectors.toCollection(java.util.TreeSet::new));
        }
        List<String> found = new ArrayList<>();
        for (String topic : dlqs) {
            for (ConsumerRecord<String, String> record : readSince(topic, since)) {
                if (record.headers().lastHeader(POISON_HEADER) == null) {
                    found.add(topic + ": key " + record.key() + ", ce_id " + header(record, "ce_id") + ", reason "
                            + header(record, "dead-letter-reason"));
                }
            }
        }
        return found;
    }

    private List<ConsumerRecord<String, String>> readSince(String topic, Instant since) {
        List<ConsumerRecord<String, String>> all = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProperties())) {
            List<PartitionInfo> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10));
            if (partitions == null) {
                return all;
            }
            Map<TopicPartition, Long> times = new HashMap<>();
            partitions.forEach(p -> times.put(new TopicPartition(topic, p.partition()), since.toEpochMilli()));
            Map<TopicPartition, Long> end = consumer.endOffsets(times.keySet());
            List<TopicPartition> reading = new ArrayList<>();
            Map<TopicPartition, Long> from = new HashMap<>();
            consumer.offsetsForTimes(times).forEach((tp, offset) -> {
                if (offset != null) {
                    reading.add(tp);
                    from.put(tp, offset.offset());
                }
            });
            consumer.assign(reading);
            from.forEach(consumer::seek);
            while (reading.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                consumer.poll(Duration.ofMillis(500)).forEach(all::add);
            }
        }
        return all;
    }

    private Properties consumerProperties() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        return props;
    }

    private List<ConsumerRecord<String, String>> readAll(String topic) {
        List<ConsumerRecord<String, String>> all = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProperties())) {
            List<PartitionInfo> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10));
            if (partitions == null) {
                return all;
            }
            List<TopicPartition> assigned = partitions.stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .toList();
            consumer.assign(assigned);
            consumer.seekToBeginning(assigned);
            Map<TopicPartition, Long> end = consumer.endOffsets(assigned);
            while (assigned.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                consumer.poll(Duration.ofMillis(500)).forEach(all::add);
            }
        }
        return all;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), UTF_8);
    }

    private Connection connect(String service) throws SQLException {
        return DriverManager.getConnection(jdbcBase + "oms_" + service + dbSuffix, "oms", "oms");
    }

    private List<List<String>> rows(String service, String sql, Collection<?> ids) throws SQLException {
        try (Connection c = connect(service);
                PreparedStatement st = c.prepareStatement(sql)) {
            boolean text = !ids.isEmpty() && ids.iterator().next() instanceof String;
            st.setArray(1, c.createArrayOf(text ? "text" : "uuid", ids.toArray()));
            List<List<String>> rows = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= columns; i++) {
                        row.add(rs.getString(i));
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    private Set<UUID> ids(String service, String sql, Collection<UUID> ids) throws SQLException {
        return rows(service, sql, ids).stream()
                .map(r -> UUID.fromString(r.get(0)))
                .collect(Collectors.toSet());
    }

    private int count(String service, String sql, Collection<UUID> ids) throws SQLException {
        return Integer.parseInt(rows(service, sql, ids).get(0).get(0));
    }
}
