package com.smartstore.oms.systemtests.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** What the benchmark samples about the machine while it runs: processes from /proc, consumer lag from Kafka. */
public final class Samplers {
    /** Linux's clock ticks per second of /proc/PID/stat (USER_HZ: 100 on every mainstream kernel). */
    private static final double TICKS = 100.0;

    /** A set of processes counted as one: a service, the broker, all of PostgreSQL's backends. */
    public record Watched(String name, Predicate<ProcessView> matches) {}

    /** A process as /proc shows it. */
    public record ProcessView(long pid, String comm, String cmdline) {}

    /** CPU time (ms, user + system) and resident memory (KiB) of one watched set at one moment. */
    public record Usage(long cpuMs, long rssKb) {}

    /** The processes to watch: the six services and the broker by their pid files, Keycloak, PostgreSQL, this JVM. */
    public static List<Watched> processes(Path runDir, List<String> services) {
        List<Watched> all = new ArrayList<>();
        for (String service : services) {
            all.add(byPidFile(service, runDir.resolve(service + ".pid")));
        }
        all.add(byPidFile("kafka", runDir.resolve("kafka-main.pid")));
        all.add(new Watched(
                "keycloak", p -> p.comm().equals("java") && p.cmdline().contains("-Dkc.home.dir")));
        // Every PostgreSQL process: the server is shared with whatever else uses it (noted in the report).
        all.add(new Watched("postgresql", p -> p.comm().equals("postgres")));
        long self = ProcessHandle.current().pid();
        all.add(new Watched("bench-client", p -> p.pid() == self));
        return all;
    }

    private static Watched byPidFile(String name, Path pidFile) {
        long[] pid = {-1};
        try {
            pid[0] = Long.parseLong(Files.readString(pidFile).trim());
        } catch (IOException | NumberFormatException e) {
            // not running from these scripts: nothing matches
        }
        return new Watched(name, p -> p.pid() == pid[0]);
    }

    /** One sample of every watched set. */
    public static Map<String, Usage> sample(List<Watched> watched) {
        List<ProcessView> procs = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(Path.of("/proc"))) {
            dirs.filter(d -> d.getFileName().toString().chars().allMatch(Character::isDigit))
                    .forEach(d -> {
                        try {
                            String comm = Files.readString(d.resolve("comm")).trim();
                            String cmd = new String(Files.readAllBytes(d.resolve("cmdline"))).replace('\0', ' ');
                            procs.add(new ProcessView(
                                    Long.parseLong(d.getFileName().toString()), comm, cmd));
                        } catch (IOException | RuntimeException e) {
                            // the process ended meanwhile
                        }
                    });
        } catch (IOException e) {
            return Map.of();
        }
        Map<String, Usage> result = new LinkedHashMap<>();
        for (Watched w : watched) {
            long cpu = 0;
            long rss = 0;
            for (ProcessView p : procs) {
                if (!w.matches().test(p)) {
                    continue;
                }
                try {
                    String stat = Files.readString(Path.of("/proc", Long.toString(p.pid()), "stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    // fields after the name: state(3) ... utime(14) stime(15), counted from 3 here
                    cpu += Math.round((Long.parseLong(f[11]) + Long.parseLong(f[12])) * 1000 / TICKS);
                    for (String line : Files.readAllLines(Path.of("/proc", Long.toString(p.pid()), "status"))) {
                        if (line.startsWith("VmRSS:")) {
                            rss += Long.parseLong(line.replaceAll("[^0-9]", ""));
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    // ended meanwhile
                }
            }
            result.put(w.name(), new Usage(cpu, rss));
        }
        return result;
    }

    /** The machine's busy CPU time (ms, all cores) and the 1-minute load average, for the shared-machine context. */
    public static double[] machine() {
        try {
            String[] cpu =
                    Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < cpu.length; i++) {
                if (i != 4 && i != 5) { // idle, iowait
                    busy += Long.parseLong(cpu[i]);
                }
            }
            double load = Double.parseDouble(
                    Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
            return new double[] {busy * 1000 / TICKS, load};
        } catch (IOException | RuntimeException e) {
            return new double[] {0, 0};
        }
    }

    /**
     * Per service database: committed transactions, rows inserted, updated and deleted so far (pg_stat_database), for
     * the cost per order; read as the server's superuser over TCP (trust, as deploy/local/postgres.sh expects).
     */
    public static Map<String, long[]> databases(String jdbcBase, List<String> names) {
        Map<String, long[]> result = new LinkedHashMap<>();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(jdbcBase + "postgres", "postgres", "");
                java.sql.PreparedStatement st = c.prepareStatement(
                        "select datname, xact_commit, tup_inserted, tup_updated, tup_deleted from pg_stat_database"
                                + " where datname = any(?)")) {
            st.setArray(1, c.createArrayOf("text", names.toArray()));
            try (java.sql.ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    result.put(
                            rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)});
                }
            }
        } catch (java.sql.SQLException e) {
            // no statistics: the report says so
        }
        return result;
    }

    /** Records on every topic so far (the sum of the partitions' end offsets), for Kafka records per order. */
    public static long records(Admin admin) throws Exception {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        for (var description : admin.describeTopics(admin.listTopics().names().get(10, TimeUnit.SECONDS))
                .allTopicNames()
                .get(10, TimeUnit.SECONDS)
                .values()) {
            description
                    .partitions()
                    .forEach(p ->
                            latest.put(new TopicPartition(description.name(), p.partition()), OffsetSpec.latest()));
        }
        return admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS).values().stream()
                .mapToLong(r -> r.offset())
                .sum();
    }

    /** Consumer lag per group and topic (groups with members only): records published but not yet committed. */
    public static final class Lag implements AutoCloseable {
        private final Admin admin;

        public Lag(String bootstrap) {
            admin = Admin.create(Map.of(
                    AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                    bootstrap,
                    AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                    10_000));
        }

        /** group -> topic -> lag. */
        public Map<String, Map<String, Long>> sample() throws Exception {
            List<String> groups = admin.listConsumerGroups().all().get(10, TimeUnit.SECONDS).stream()
                    .map(ConsumerGroupListing::groupId)
                    .toList();
            Map<String, Map<String, Long>> result = new TreeMap<>();
            Map<String, ConsumerGroupDescription> described =
                    admin.describeConsumerGroups(groups).all().get(10, TimeUnit.SECONDS);
            Map<String, Set<TopicPartition>> assignedByGroup = new HashMap<>();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (ConsumerGroupDescription group : described.values()) {
                Set<TopicPartition> assigned = group.members().stream()
                        .flatMap(m -> m.assignment().topicPartitions().stream())
                        .filter(tp -> !tp.topic().endsWith(".dlq"))
                        .collect(Collectors.toSet());
                if (!assigned.isEmpty()) {
                    assignedByGroup.put(group.groupId(), assigned);
                    assigned.forEach(tp -> latest.put(tp, OffsetSpec.latest()));
                }
            }
            var ends = admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS);
            for (var entry : assignedByGroup.entrySet()) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(entry.getKey())
                        .partitionsToOffsetAndMetadata()
                        .get(10, TimeUnit.SECONDS);
                Map<String, Long> perTopic = result.computeIfAbsent(entry.getKey(), g -> new TreeMap<>());
                for (TopicPartition tp : entry.getValue()) {
                    OffsetAndMetadata at = committed.get(tp);
                    long end = ends.get(tp).offset();
                    long lag = at == null ? 0 : Math.max(0, end - at.offset());
                    perTopic.merge(tp.topic(), lag, Long::sum);
                }
            }
            return result;
        }

        /** Records on every topic so far. */
        public long records() throws Exception {
            return Samplers.records(admin);
        }

        @Override
        public void close() {
            admin.close();
        }
    }

    private Samplers() {}
}
