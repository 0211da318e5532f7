package com.smartstore.oms.systemtests;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The chaos run (issue 16, docs/RELIABILITY.md): steady load through the real entry points (REST with real tokens and
 * signed generic webhooks), simulated staff picking, packing and dispatching, while it kills services with SIGKILL at
 * random moments, stops the broker, makes service databases refuse connections and injects poison records; then it
 * lets the system settle and runs the {@link HistoryChecker}. Seeded: the same seed injects the same faults at the
 * same moments of the load.
 *
 * <p>Kills run on their own timeline, beside the outages: a killed service is started again at once, like a
 * supervisor (systemd, Kubernetes) would, and started again while it exits during start-up (its database refusing
 * connections, say); the next kill of the same service waits until it is back. So services die during broker and
 * database outages too, and a run of 20 kills per service does not last 120 restarts end to end.
 */
public final class Chaos {
    /** What the run can do to the system: kill and restart a service, stop and restart the broker, a database. */
    public interface Faults {
        void kill(Service service);

        /** Starts it again and returns at once: the run watches it come up ({@link #running}, its liveness). */
        void start(Service service);

        /** True while the service's process runs (it may still be starting, or about to exit during start-up). */
        boolean running(Service service);

        void stopBroker();

        void startBroker();

        void refuseDatabase(Service service);

        void allowDatabase(Service service);

        /** Stops the whole PostgreSQL server (fast shutdown: every session is cut) and starts it after the pause. */
        default void restartDatabaseServer(Duration down) {
            throw new UnsupportedOperationException("this run cannot restart the PostgreSQL server");
        }
    }

    /** A span in which the named services' databases refuse every connection (all at once). */
    public record DatabaseOutage(Duration length, List<Service> services) {
        /** One outage of each service's database in turn, each {@code length} long. */
        public static List<DatabaseOutage> eachService(Duration length) {
            return java.util.Arrays.stream(Service.values())
                    .map(service -> new DatabaseOutage(length, List.of(service)))
                    .toList();
        }

        /** Every consumer's database at once while intake keeps taking orders (events pile up in every inbox). */
        public static DatabaseOutage everyConsumer(Duration length) {
            return new DatabaseOutage(
                    length,
                    List.of(Service.REVIEW, Service.WAREHOUSE, Service.SHIPPING, Service.RETURNS, Service.ANALYTICS));
        }

        @Override
        public String toString() {
            return services.stream().map(s -> s.module).toList() + " databases refusing " + length.toSeconds() + " s";
        }
    }

    /** The plan: how long the load runs, how many orders per second, what to inject. */
    public record Plan(
            Duration load,
            int ordersPerSecond,
            int killsPerService,
            List<Duration> brokerOutages,
            List<DatabaseOutage> databaseOutages,
            int serverRestarts,
            int poisonRecords,
            long seed) {}

    private final OrderFlow flow;
    private final OmsClient oms;
    private final Faults faults;
    private final HistoryChecker checker;
    private final String bootstrap;
    private final String webhookSecret;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Set<UUID> acknowledged = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicInteger> answers = new ConcurrentHashMap<>();

    public Chaos(OrderFlow flow, Faults faults, HistoryChecker checker, String bootstrap, String webhookSecret) {
        this.flow = flow;
        this.oms = flow.client();
        this.faults = faults;
        this.checker = checker;
        this.bootstrap = bootstrap;
        this.webhookSecret = webhookSecret;
    }

    /** The verdict of the run: what the load saw, and what the checker found. */
    public record Verdict(Map<String, Integer> answers, List<String> faults, HistoryChecker.Verdict history) {
        public boolean ok() {
            return history.ok() && wrongAnswers().isEmpty();
        }

        /**
         * Answers intake must never give, whatever is down: a 5xx other than 503, or a 503 without Retry-After (a
         * killed intake is unreachable, a database outage is 503 + Retry-After, a broker outage is not felt at all).
         */
        public List<String> wrongAnswers() {
            return answers.keySet().stream()
                    .filter(answer -> answer.contains("without Retry-After")
                            || answer.matches("(REST|webhook) 5\\d\\d") && !answer.endsWith(" 503"))
                    .sorted()
                    .toList();
        }

        @Override
        public String toString() {
            return "answers " + new java.util.TreeMap<>(answers) + "\nwrong answers " + wrongAnswers() + "\nfaults "
                    + faults + "\nhistory " + history;
        }
    }

    /** How long the settling may go without one more order shipped before the run gives up. */
    static final Duration NO_PROGRESS = Duration.ofMinutes(10);

    public Verdict run(Plan plan) throws InterruptedException {
        Random random = new Random(plan.seed());
        String sku = flow.stockedProduct("Chaos item", "one size", "10.00", 1_000_000, 1);
        List<String> injected = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean loading = new AtomicBoolean(true);
        Thread load = new Thread(() -> load(plan, sku, loading), "chaos-load");
        load.setDaemon(true); // a run that fails ends its load too (it once went on placing orders after a crash)
        try (Staff staff = new Staff(oms, review -> true)) {
            load.start();
            Instant end = Instant.now().plus(plan.load());
            List<Runnable> schedule = faults(plan, random, injected);
            Thread killer = new Thread(() -> kills(plan, new Random(plan.seed() + 1), injected), "chaos-kills");
            killer.setDaemon(true);
            killer.start();
            long gap = plan.load().toMillis() / (schedule.size() + 1);
            for (Runnable fault : schedule) {
                Staff.pause(gap / 2 + random.nextLong(gap));
                fault.run();
            }
            killer.join();
            while (Instant.now().isBefore(end)) {
                Staff.pause(200);
            }
            loading.set(false);
            load.join(60_000);
            awaitShipped();
        }
        Map<String, Integer> seen = new HashMap<>();
        answers.forEach((k, v) -> seen.put(k, v.get()));
        return new Verdict(seen, injected, checker.check(acknowledged));
    }

    /**
     * SIGKILLs of every service, {@code killsPerService} each, in a seeded random order spread over the load; each
     * killed service is brought back beside the run, and killed again only once it is back.
     */
    private void kills(Plan plan, Random random, List<String> injected) {
        List<Service> order = new ArrayList<>();
        for (Service service : Service.values()) {
            order.addAll(Collections.nCopies(plan.killsPerService(), service));
        }
        Collections.shuffle(order, random);
        long gap = plan.load().toMillis() / (order.size() + 1);
        ExecutorService supervisor = Executors.newFixedThreadPool(Service.values().length);
        Map<Service, CompletableFuture<Void>> back = new EnumMap<>(Service.class);
        try {
            for (Service service : order) {
                Staff.pause(gap / 2 + random.nextLong(gap));
                CompletableFuture<Void> previous = back.get(service);
                if (previous != null) {
                    previous.join();
                }
                injected.add("kill -9 " + service.module);
                faults.kill(service);
                back.put(service, CompletableFuture.runAsync(() -> bringBack(service), supervisor));
            }
            back.values().forEach(CompletableFuture::join);
        } finally {
            supervisor.shutdownNow();
        }
    }

    /** Starts a killed service until it is live: it exits during start-up while its database refuses connections. */
    private void bringBack(Service service) {
        while (true) {
            faults.start(service);
            Instant giveUp = Instant.now().plus(Duration.ofMinutes(5));
            while (faults.running(service) && Instant.now().isBefore(giveUp)) {
                if (live(service)) {
                    return;
                }
                Staff.pause(500);
            }
            if (faults.running(service)) {
                faults.kill(service); // hung in start-up for five minutes: the supervisor gives up on that process
            }
            count("restart of " + service.module + " failed, started again");
            Staff.pause(2_000);
        }
    }

    private boolean live(Service service) {
        return OmsClient.healthy(http, oms.port(service), "live");
    }

    /** The other faults in a seeded random order; each one ends (broker back, database back) before the next. */
    private List<Runnable> faults(Plan plan, Random random, List<String> injected) {
        List<Runnable> all = new ArrayList<>();
        for (Duration outage : plan.brokerOutages()) {
            all.add(() -> {
                injected.add("broker down " + outage.toSeconds() + " s");
                faults.stopBroker();
                Staff.pause(outage.toMillis());
                faults.startBroker();
            });
        }
        for (DatabaseOutage outage : plan.databaseOutages()) {
            all.add(() -> {
                injected.add(outage.toString());
                outage.services().forEach(faults::refuseDatabase);
                Staff.pause(outage.length().toMillis());
                outage.services().forEach(faults::allowDatabase);
            });
        }
        for (int i = 0; i < plan.serverRestarts(); i++) {
            all.add(() -> {
                injected.add("PostgreSQL server restart (down 5 s)");
                faults.restartDatabaseServer(Duration.ofSeconds(5));
            });
        }
        if (plan.poisonRecords() > 0) {
            all.add(() -> {
                injected.add(plan.poisonRecords() + " poison records");
                poison(plan.poisonRecords(), random);
            });
        }
        java.util.Collections.shuffle(all, random);
        return all;
    }

    /** Places orders at a constant rate, alternating REST (order clerk) and signed generic webhooks. */
    private void load(Plan plan, String sku, AtomicBoolean loading) {
        long interval = 1_000_000_000L / plan.ordersPerSecond();
        long next = System.nanoTime();
        int n = 0;
        while (loading.get()) {
            int i = n++;
            Map<String, Object> order = new HashMap<>(OrderFlow.order(
                    "Chaos customer " + i,
                    "chaos-" + UUID.randomUUID() + "@example.com",
                    List.of(OrderFlow.line(sku, "Chaos item", 1, "10.00")),
                    "10.00"));
            order.put("payment", Map.of("method", "CASH_ON_DELIVERY", "amount", "10.00"));
            try {
                Optional<UUID> id = i % 2 == 0 ? viaRest(order) : viaWebhook(order);
                id.ifPresent(acknowledged::add);
            } catch (RuntimeException e) {
                count("error " + e.getClass().getSimpleName());
            }
            next += interval;
            long wait = next - System.nanoTime();
            if (wait > 0) {
                Staff.pause(TimeUnit.NANOSECONDS.toMillis(wait));
            }
        }
    }

    private Optional<UUID> viaRest(Map<String, Object> order) {
        OmsClient.Reply reply = oms.post(Service.INTAKE, "/api/orders", "order-clerk", order);
        count("REST " + reply.status());
        return reply.status() == 201
                ? Optional.of(UUID.fromString(reply.body().get("id").asText()))
                : Optional.empty();
    }

    /** A generic webhook, signed as the platform does; retried like a platform would when not answered 2xx. */
    private Optional<UUID> viaWebhook(Map<String, Object> order) {
        Map<String, Object> body = new HashMap<>(order);
        body.put("orderId", "chaos-" + UUID.randomUUID());
        body.put("channel", "GENERIC_WEBHOOK");
        for (int attempt = 0; attempt < 20; attempt++) {
            try {
                String json = OmsClient.JSON.writeValueAsString(body);
                String ts = Long.toString(Instant.now().getEpochSecond());
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(webhookSecret.getBytes(UTF_8), "HmacSHA256"));
                String signature = Base64.getEncoder().encodeToString(mac.doFinal((ts + "." + json).getBytes(UTF_8)));
                HttpRequest request = HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + oms.port(Service.INTAKE) + "/webhooks/generic"))
                        .timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/json")
                        .header("X-Signature-Timestamp", ts)
                        .header("X-Signature", signature)
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build();
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                count("webhook " + response.statusCode());
                if (response.statusCode() == 503
                        && response.headers().firstValue("Retry-After").isEmpty()) {
                    count("webhook 503 without Retry-After");
                }
                if (response.statusCode() / 100 == 2) {
                    JsonNode accepted = OmsClient.JSON.readTree(response.body());
                    return Optional.of(UUID.fromString(accepted.get("orderId").asText()));
                }
            } catch (java.net.http.HttpTimeoutException e) {
                count("webhook no answer within 10 s");
            } catch (IOException e) {
                count("webhook unreachable");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            } catch (java.security.GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
            Staff.pause(500);
        }
        return Optional.empty();
    }

    /** Records no consumer can ever process: marked so the checker knows the dead-letter topics should hold them. */
    private void poison(int count, Random random) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        List<String> topics = List.of("order-received", "order-approved", "picked", "order-amended");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            for (int i = 0; i < count; i++) {
                String topic = topics.get(random.nextInt(topics.size()));
                RecordHeaders headers = new RecordHeaders();
                headers.add(HistoryChecker.POISON_HEADER, "true".getBytes(UTF_8));
                headers.add("ce_id", UUID.randomUUID().toString().getBytes(UTF_8));
                headers.add("ce_type", ("com.smartstore.oms." + topic + ".v1").getBytes(UTF_8));
                headers.add("ce_source", "/oms/chaos".getBytes(UTF_8));
                headers.add("ce_time", Instant.now().toString().getBytes(UTF_8));
                headers.add("ce_specversion", "1.0".getBytes(UTF_8));
                String key = "poison-" + i;
                producer.send(new ProducerRecord<>(topic, null, key, i % 2 == 0 ? "{not json" : "{}", headers));
            }
            producer.flush();
        }
    }

    /**
     * Waits until every acknowledged order is shipped (intake's view) while the staff keep working. A long run leaves
     * a backlog the system works off for a while, so the wait is bounded by progress, not by a fixed time: it gives up
     * when no further order has shipped for {@link #NO_PROGRESS}.
     */
    private void awaitShipped() {
        Set<UUID> pending = ConcurrentHashMap.newKeySet();
        pending.addAll(acknowledged);
        AtomicReference<Instant> lastProgress = new AtomicReference<>(Instant.now());
        OrderFlow.await("every acknowledged order to ship", Duration.ofHours(6), () -> {
            int before = pending.size();
            pending.removeIf(id -> {
                OmsClient.Reply reply = oms.get(Service.INTAKE, "/api/orders/" + id, "customer-service");
                return reply.status() == 200
                        && "SHIPPED".equals(reply.body().path("status").asText());
            });
            if (pending.size() < before) {
                lastProgress.set(Instant.now());
            } else if (Duration.between(lastProgress.get(), Instant.now()).compareTo(NO_PROGRESS) > 0) {
                throw new IllegalStateException(
                        pending.size() + " acknowledged orders not shipped, none for " + NO_PROGRESS.toMinutes()
                                + " min, e.g. " + pending.stream().limit(5).toList());
            }
            return pending.isEmpty() ? Optional.of(true) : Optional.empty();
        });
        // The last steps' events reach analytics on their own topics: wait until it counts them too.
        OrderFlow.await("analytics to count every shipped order", Duration.ofMinutes(2), () -> {
            HistoryChecker.Verdict v = checker.check(acknowledged);
            return v.counts()
                            .getOrDefault("analytics shipped", -1)
                            .equals(v.counts().get("shipped"))
                    ? Optional.of(true)
                    : Optional.empty();
        });
    }

    private void count(String answer) {
        answers.computeIfAbsent(answer, k -> new AtomicInteger()).incrementAndGet();
    }

    /** The faults of a run against the services ./run.sh started: pid files, deploy/local scripts. */
    static final class LocalFaults implements Faults {
        private final Path root;

        LocalFaults(Path root) {
            this.root = root;
        }

        @Override
        public void kill(Service service) {
            // SIGKILL is delivered asynchronously: wait until the process is gone, or the restart below would find
            // it still alive, start nothing and then see it exit.
            script(
                    "bash",
                    "-c",
                    "pid=$(cat .oms/run/" + service.module + ".pid); kill -9 \"$pid\";"
                            + " while kill -0 \"$pid\" 2>/dev/null; do sleep 0.1; done");
        }

        @Override
        public void start(Service service) {
            script("deploy/local/services.sh", "launch", service.module);
        }

        @Override
        public boolean running(Service service) {
            try {
                long pid = Long.parseLong(Files.readString(root.resolve(".oms/run/" + service.module + ".pid"))
                        .trim());
                return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
            } catch (IOException | NumberFormatException e) {
                return false;
            }
        }

        @Override
        public void stopBroker() {
            script("deploy/local/kafka.sh", "stop", "main");
        }

        @Override
        public void startBroker() {
            script("deploy/local/kafka.sh", "start", "main");
        }

        @Override
        public void refuseDatabase(Service service) {
            script("deploy/local/postgres.sh", "refuse", "oms_" + service.name().toLowerCase());
        }

        @Override
        public void allowDatabase(Service service) {
            script("deploy/local/postgres.sh", "allow", "oms_" + service.name().toLowerCase());
        }

        @Override
        public void restartDatabaseServer(Duration down) {
            script("deploy/local/postgres.sh", "restart", Long.toString(down.toSeconds()));
        }

        private void script(String... command) {
            try {
                Process p = new ProcessBuilder(command)
                        .directory(root.toFile())
                        .inheritIO()
                        .start();
                if (p.waitFor() != 0) {
                    throw new IllegalStateException(String.join(" ", command) + " failed");
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * {@code Chaos [minutes] [orders-per-second] [kills-per-service] [poison] [seed] [long-outage-seconds]
     * [server-restarts]} against ./run.sh's services: besides the kills and the poison, the broker is stopped for 30 s
     * and 90 s, each service's database refuses connections for 30 s and for 90 s, every consumer's database at once
     * for the long outage (default 600 s, 0 for none) while intake keeps taking orders, and the PostgreSQL server is
     * restarted (default twice). Prints the verdict and exits 1 on any violation.
     */
    public static void main(String[] args) throws Exception {
        int minutes = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int kills = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        int poison = args.length > 3 ? Integer.parseInt(args[3]) : 10_000;
        long seed = args.length > 4 ? Long.parseLong(args[4]) : 16L;
        long longOutage = args.length > 5 ? Long.parseLong(args[5]) : 600;
        int restarts = args.length > 6 ? Integer.parseInt(args[6]) : 2;
        List<DatabaseOutage> outages = new ArrayList<>();
        outages.addAll(DatabaseOutage.eachService(Duration.ofSeconds(30)));
        outages.addAll(DatabaseOutage.eachService(Duration.ofSeconds(90)));
        if (longOutage > 0) {
            outages.add(DatabaseOutage.everyConsumer(Duration.ofSeconds(longOutage)));
        }
        Path root = Path.of(System.getProperty("oms.repo.root", ".")).toAbsolutePath();
        OmsClient oms = new OmsClient("http://127.0.0.1:8180", 0);
        Chaos chaos = new Chaos(
                new OrderFlow(oms),
                new LocalFaults(root),
                new HistoryChecker("jdbc:postgresql://127.0.0.1:5432/", "", "127.0.0.1:9092"),
                "127.0.0.1:9092",
                System.getenv().getOrDefault("OMS_INTAKE_WEBHOOKS_GENERIC_SECRET", "local-demo-generic-secret"));
        Verdict verdict = chaos.run(new Plan(
                Duration.ofMinutes(minutes),
                rate,
                kills,
                List.of(Duration.ofSeconds(30), Duration.ofSeconds(90)),
                outages,
                restarts,
                poison,
                seed));
        System.out.println(verdict);
        System.exit(verdict.ok() ? 0 : 1);
    }
}
