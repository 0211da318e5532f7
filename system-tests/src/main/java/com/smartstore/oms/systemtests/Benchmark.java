package com.smartstore.oms.systemtests;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.smartstore.oms.systemtests.bench.BenchStaff;
import com.smartstore.oms.systemtests.bench.EventTap;
import com.smartstore.oms.systemtests.bench.Samplers;
import com.smartstore.oms.systemtests.bench.Svg;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.HdrHistogram.Histogram;

/**
 * The throughput benchmark (issue 14, docs/BENCHMARKS.md) against a system started by ./run.sh: an open-loop generator
 * places orders at a constant arrival rate through the real entry points (half REST as the order clerk with a real
 * token, fetched once and refreshed before it expires; half signed generic webhooks, as the platform signs them),
 * while simulated staff confirm picks, pack and dispatch through REST as fast as the orders arrive. So the whole chain
 * runs: intake -> review -> warehouse -> shipping -> analytics.
 *
 * <p>Measured: intake's answer latency from each order's <em>intended</em> send time (a late send counts its wait:
 * coordinated omission corrected) in an HdrHistogram; the time between the steps of each order from the CloudEvents
 * times ({@code ce_time}) read off the topics by an outside consumer; CPU and RSS per process from /proc; consumer lag
 * per group and topic over time. It writes CSV files and an SVG chart to {@code bench/results/<timestamp>/}. It
 * measures; it asserts nothing.
 *
 * <p>{@code Benchmark [rate] [seconds] [warm-up seconds]}: orders per second (default 20), measured seconds (default
 * 60), warm-up seconds at the same rate before (default 20, not counted).
 */
public final class Benchmark {
    private static final String[] SKUS = {"BENCH-A", "BENCH-B", "BENCH-C"};
    private static final String BOOTSTRAP = System.getProperty("oms.kafka", "127.0.0.1:9092");
    /** Requests in flight beyond which the client is the bottleneck: further sends are counted as not sent. */
    private static final int MAX_IN_FLIGHT = 2_000;

    private final OmsClient oms;
    private final String webhookSecret;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(8))
            .build();
    private final Histogram intended = new Histogram(TimeUnit.MINUTES.toMicros(10), 3);
    private final Histogram service = new Histogram(TimeUnit.MINUTES.toMicros(10), 3);
    private final Map<String, AtomicInteger> answers = new ConcurrentHashMap<>();
    /** Orders acknowledged by intake, with the second of the run they were meant to be sent in. */
    private final Map<UUID, Integer> placed = new ConcurrentHashMap<>();

    private final AtomicInteger inFlight = new AtomicInteger();
    private final String run = Long.toString(System.currentTimeMillis(), 36);
    /** When the load started (second 0 of the timeline; the samplers started just before). */
    private Instant origin = Instant.now();

    Benchmark(OmsClient oms, String webhookSecret) {
        this.oms = oms;
        this.webhookSecret = webhookSecret;
    }

    public static void main(String[] args) throws Exception {
        int rate = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        Path root = Path.of(System.getProperty("oms.repo.root", "."))
                .toAbsolutePath()
                .normalize();
        OmsClient oms = new OmsClient(System.getProperty("oms.keycloak", "http://127.0.0.1:8180"), 0);
        Benchmark bench = new Benchmark(
                oms, System.getenv().getOrDefault("OMS_INTAKE_WEBHOOKS_GENERIC_SECRET", "local-demo-generic-secret"));
        bench.run(rate, seconds, warmup, root);
        System.exit(0);
    }

    void run(int rate, int seconds, int warmup, Path root) throws Exception {
        OrderFlow flow = new OrderFlow(oms);
        for (String sku : SKUS) {
            flow.upsertProduct(sku, "Benchmark item " + sku, "-", "bench", "10.00");
            flow.setStock("LIS", sku, 1_000_000);
            flow.awaitReviewKnows(sku, "10.00", 1000);
        }
        oms.token("order-clerk");
        oms.token("warehouse");
        oms.token("shipping");

        Path out = root.resolve("bench/results/"
                + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                        .withZone(ZoneOffset.UTC)
                        .format(Instant.now()));
        Files.createDirectories(out);
        List<Samplers.Watched> watched = Samplers.processes(
                root.resolve(".oms/run"),
                java.util.Arrays.stream(Service.values()).map(s -> s.module).toList());

        int total = warmup + seconds;
        double[] loadBefore = Samplers.machine();
        List<String> samples = new ArrayList<>();
        List<Map<String, Samplers.Usage>> usage = new ArrayList<>();
        List<double[]> machine = new ArrayList<>();
        List<Map<String, Map<String, Long>>> lags = new ArrayList<>();
        ScheduledExecutorService sampler = Executors.newScheduledThreadPool(2);
        long t0 = System.nanoTime();
        EventTap tap = new EventTap(BOOTSTRAP);
        Samplers.Lag lag = new Samplers.Lag(BOOTSTRAP);
        sampler.scheduleAtFixedRate(
                () -> {
                    // under starvation a sample comes late: each keeps its own time, the window is cut by time
                    Map<String, Samplers.Usage> u = Samplers.sample(watched);
                    double[] m = Samplers.machine();
                    synchronized (usage) {
                        usage.add(u);
                        machine.add(new double[] {m[0], m[1], (System.nanoTime() - t0) / 1e9});
                    }
                },
                0,
                1,
                TimeUnit.SECONDS);
        sampler.scheduleAtFixedRate(
                () -> {
                    try {
                        lags.add(lag.sample());
                    } catch (Exception e) {
                        lags.add(Map.of());
                    }
                },
                0,
                1,
                TimeUnit.SECONDS);
        BenchStaff staff = new BenchStaff(oms, 6);
        List<String> databases =
                List.of("oms_intake", "oms_review", "oms_warehouse", "oms_shipping", "oms_returns", "oms_analytics");
        Map<String, Map<String, long[]>> dbStats = new ConcurrentHashMap<>();
        Map<String, Long> records = new ConcurrentHashMap<>();
        for (var edge : Map.of("start", warmup, "end", total).entrySet()) {
            sampler.schedule(
                    () -> {
                        dbStats.put(edge.getKey(), Samplers.databases("jdbc:postgresql://127.0.0.1:5432/", databases));
                        try {
                            records.put(edge.getKey(), lag.records());
                        } catch (Exception e) {
                            // reported as missing
                        }
                    },
                    edge.getValue(),
                    TimeUnit.SECONDS);
        }

        System.out.printf(
                "bench: %d orders/s for %d s after %d s warm-up; results in %s%n", rate, seconds, warmup, out);
        origin = Instant.now();
        long start = System.nanoTime();
        double startOffset = (start - t0) / 1e9;
        long interval = 1_000_000_000L / rate;
        long notSent = 0;
        for (long i = 0; ; i++) {
            long due = start + i * interval;
            if (due - start >= TimeUnit.SECONDS.toNanos(total)) {
                break;
            }
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            int second = (int) ((due - start) / 1_000_000_000L);
            boolean measured = second >= warmup;
            if (inFlight.get() >= MAX_IN_FLIGHT) {
                notSent++;
                continue;
            }
            send(i, due, second, measured);
        }
        long loadEnd = System.nanoTime();
        System.out.printf("bench: load done; waiting for the answers and for every order to be shipped%n");
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(Math.max(120, seconds));
        while (inFlight.get() > 0 && System.nanoTime() < giveUp) {
            Thread.sleep(100);
        }
        Map<UUID, EventTap.Seen> shipped = tap.seen("shipped");
        while (!shipped.keySet().containsAll(placed.keySet()) && System.nanoTime() < giveUp) {
            Thread.sleep(500);
        }
        double drained = (System.nanoTime() - loadEnd) / 1e9;
        // analytics: its consumers caught up (lag 0) after the last shipped event
        while (System.nanoTime() < giveUp) {
            Map<String, Map<String, Long>> now = lag.sample();
            long behind = now.values().stream()
                    .flatMap(m -> m.values().stream())
                    .mapToLong(Long::longValue)
                    .sum();
            if (behind == 0) {
                break;
            }
            Thread.sleep(500);
        }
        double settled = (System.nanoTime() - loadEnd) / 1e9;
        staff.close();
        sampler.shutdown();
        sampler.awaitTermination(30, TimeUnit.SECONDS);
        tap.close();
        lag.close();
        double[] loadAfter = Samplers.machine();

        String analytics = checkAnalytics();
        Report report = new Report(
                rate,
                seconds,
                warmup,
                total,
                (loadEnd - start) / 1e9,
                notSent,
                drained,
                settled,
                analytics,
                loadBefore[1],
                loadAfter[1],
                staff.done(),
                tap,
                usage,
                machine,
                lags,
                dbStats,
                records,
                startOffset);
        report.write(out);
        System.out.print(Files.readString(out.resolve("summary.txt")));
    }

    /** Sends order number i at (or after) its intended time {@code due}; measured from {@code due}. */
    private void send(long i, long due, int second, boolean measured) throws Exception {
        String customer = "bench-" + run + "-" + i;
        String sku = SKUS[(int) (i % SKUS.length)];
        Map<String, Object> order = new HashMap<>(OrderFlow.cashOnDelivery(OrderFlow.order(
                "Bench Customer " + customer,
                customer + "@example.com",
                List.of(OrderFlow.line(sku, "Benchmark item", 1, "10.00")),
                "10.00")));
        boolean rest = i % 2 == 0;
        HttpRequest request;
        if (rest) {
            request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + oms.port(Service.INTAKE) + "/api/orders"))
                    .timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + oms.token("order-clerk"))
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(OmsClient.JSON.writeValueAsString(order)))
                    .build();
        } else {
            order.put("orderId", "bench-" + run + "-" + i);
            order.put("channel", "GENERIC_WEBHOOK");
            String json = OmsClient.JSON.writeValueAsString(order);
            String ts = Long.toString(Instant.now().getEpochSecond());
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(webhookSecret.getBytes(UTF_8), "HmacSHA256"));
            String signature = Base64.getEncoder().encodeToString(mac.doFinal((ts + "." + json).getBytes(UTF_8)));
            request = HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + oms.port(Service.INTAKE) + "/webhooks/generic"))
                    .timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json")
                    .header("X-Signature-Timestamp", ts)
                    .header("X-Signature", signature)
                    .POST(HttpRequest.BodyPublishers.ofString(json))
                    .build();
        }
        inFlight.incrementAndGet();
        long sent = System.nanoTime();
        http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
            long now = System.nanoTime();
            inFlight.decrementAndGet();
            String via = rest ? "REST " : "webhook ";
            if (failure != null) {
                Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                count(via + cause.getClass().getSimpleName() + ": " + cause.getMessage());
                return;
            }
            count(via + response.statusCode());
            if (response.statusCode() / 100 != 2) {
                return;
            }
            try {
                JsonNode body = OmsClient.JSON.readTree(response.body());
                placed.put(UUID.fromString(body.get(rest ? "id" : "orderId").asText()), second);
            } catch (Exception e) {
                count(via + "unreadable answer");
                return;
            }
            if (measured) {
                synchronized (intended) {
                    intended.recordValue(Math.max(0, (now - due) / 1000));
                    service.recordValue(Math.max(0, (now - sent) / 1000));
                }
            }
        });
    }

    private void count(String answer) {
        answers.computeIfAbsent(answer, k -> new AtomicInteger()).incrementAndGet();
    }

    /** Analytics' timeline of a few shipped orders: it must hold their received and shipped times. */
    private String checkAnalytics() {
        List<UUID> sample = placed.keySet().stream().limit(20).toList();
        int complete = 0;
        for (UUID id : sample) {
            OmsClient.Reply reply = oms.get(Service.ANALYTICS, "/api/analytics/orders/" + id + "/timeline", "manager");
            if (reply.status() == 200
                    && reply.body().hasNonNull("receivedAt")
                    && reply.body().hasNonNull("shippedAt")) {
                complete++;
            }
        }
        return complete + " of " + sample.size() + " sampled orders have received and shipped in analytics' timeline";
    }

    /** The numbers of one run, as summary.txt, CSV files and chart.svg. */
    private final class Report {
        final int rate;
        final int seconds;
        final int warmup;
        final int total;
        final double loadSeconds;
        final long notSent;
        final double drained;
        final double settled;
        final String analytics;
        final double loadBefore;
        final double loadAfter;
        final Map<String, AtomicLong> staffDone;
        final EventTap tap;
        final List<Map<String, Samplers.Usage>> usage;
        final List<double[]> machine;
        final List<Map<String, Map<String, Long>>> lags;
        final Map<String, Map<String, long[]>> dbStats;
        final Map<String, Long> records;
        final double startOffset;

        Report(
                int rate,
                int seconds,
                int warmup,
                int total,
                double loadSeconds,
                long notSent,
                double drained,
                double settled,
                String analytics,
                double loadBefore,
                double loadAfter,
                Map<String, AtomicLong> staffDone,
                EventTap tap,
                List<Map<String, Samplers.Usage>> usage,
                List<double[]> machine,
                List<Map<String, Map<String, Long>>> lags,
                Map<String, Map<String, long[]>> dbStats,
                Map<String, Long> records,
                double startOffset) {
            this.startOffset = startOffset;
            this.dbStats = dbStats;
            this.records = records;
            this.rate = rate;
            this.seconds = seconds;
            this.warmup = warmup;
            this.total = total;
            this.loadSeconds = loadSeconds;
            this.notSent = notSent;
            this.drained = drained;
            this.settled = settled;
            this.analytics = analytics;
            this.loadBefore = loadBefore;
            this.loadAfter = loadAfter;
            this.staffDone = staffDone;
            this.tap = tap;
            this.usage = List.copyOf(usage);
            this.machine = List.copyOf(machine);
            this.lags = List.copyOf(lags);
        }

        void write(Path out) throws Exception {
            StringBuilder s = new StringBuilder();
            List<UUID> measured = placed.entrySet().stream()
                    .filter(e -> e.getValue() >= warmup)
                    .map(Map.Entry::getKey)
                    .toList();
            s.append(String.format(
                    Locale.ROOT,
                    "offered %d orders/s for %d s (+%d s warm-up), half REST, half signed generic webhooks%n",
                    rate,
                    seconds,
                    warmup));
            s.append(String.format(
                    Locale.ROOT,
                    "load average (1 min) %.2f before, %.2f after; %d CPUs%n",
                    loadBefore,
                    loadAfter,
                    Runtime.getRuntime().availableProcessors()));
            s.append(String.format(
                    Locale.ROOT,
                    "intake accepted %d orders in the measured window: %.1f orders/s; not sent (client at %d in"
                            + " flight): %d%n",
                    measured.size(),
                    measured.size() / (double) seconds,
                    MAX_IN_FLIGHT,
                    notSent));
            s.append("answers: ").append(new TreeMap<>(answers)).append('\n');
            s.append("staff: ").append(new TreeMap<>(staffDone)).append('\n');
            Map<UUID, EventTap.Seen> shipped = tap.seen("shipped");
            long shippedCount = measured.stream().filter(shipped::containsKey).count();
            s.append(String.format(
                    Locale.ROOT,
                    "shipped %d of the %d (%.1f%%); every order shipped %.1f s after the load ended, every consumer"
                            + " caught up after %.1f s%n",
                    shippedCount,
                    measured.size(),
                    100.0 * shippedCount / Math.max(1, measured.size()),
                    drained,
                    settled));
            for (String other : EventTap.OTHER) {
                long n = measured.stream().filter(tap.seen(other)::containsKey).count();
                if (n > 0) {
                    s.append(String.format("%s: %d of the measured orders%n", other, n));
                }
            }
            s.append("analytics: ").append(analytics).append('\n');

            StringBuilder latency = new StringBuilder("stage,count,p50_ms,p90_ms,p99_ms,p999_ms,max_ms\n");
            s.append(String.format(
                    "%-34s %7s %9s %9s %9s %9s %9s%n", "latency (ms)", "count", "p50", "p90", "p99", "p99.9", "max"));
            line(s, latency, "intake answer (from intended send)", intended, 1000.0);
            line(s, latency, "intake answer (from actual send)", service, 1000.0);
            List<String> steps = EventTap.STEPS;
            for (int i = 0; i + 1 < steps.size(); i++) {
                line(
                        s,
                        latency,
                        steps.get(i) + " -> " + steps.get(i + 1),
                        between(measured, steps.get(i), steps.get(i + 1)),
                        1.0);
            }
            line(s, latency, "order-received -> shipped", between(measured, "order-received", "shipped"), 1.0);
            line(s, latency, "received -> shipped seen by a reader", seenAfter(measured), 1.0);
            Files.writeString(out.resolve("latency.csv"), latency.toString());

            // CPU per order and RSS per process, over the measured window
            int from = sampleAt(warmup + startOffset);
            int to = sampleAt(total + startOffset);
            double windowOrders = Math.max(1, measured.size());
            double windowSeconds = Math.max(1, machine.get(to)[2] - machine.get(from)[2]);
            s.append(String.format("%-14s %12s %10s %12s%n", "process", "CPU ms/order", "CPU %", "RSS MiB (max)"));
            StringBuilder cpuCsv = new StringBuilder("process,cpu_ms_per_order,cpu_percent,rss_mib_max\n");
            double allCpu = 0;
            for (String name : usage.get(0).keySet()) {
                long cpu = usage.get(to).get(name).cpuMs()
                        - usage.get(from).get(name).cpuMs();
                allCpu += cpu;
                long rss =
                        usage.stream().mapToLong(u -> u.get(name).rssKb()).max().orElse(0) / 1024;
                s.append(String.format(
                        Locale.ROOT,
                        "%-14s %12.2f %10.1f %12d%n",
                        name,
                        cpu / windowOrders,
                        cpu / windowSeconds / 10.0,
                        rss));
                cpuCsv.append(String.format(
                        Locale.ROOT, "%s,%.3f,%.1f,%d%n", name, cpu / windowOrders, cpu / windowSeconds / 10.0, rss));
            }
            double machineCpu = machine.get(to)[0] - machine.get(from)[0];
            s.append(String.format(
                    Locale.ROOT,
                    "watched processes %.1f CPU ms/order; the whole machine %.1f CPU ms/order (%.0f%% of its cores"
                            + " busy: the rest is other work on the shared machine)%n",
                    allCpu / windowOrders,
                    machineCpu / windowOrders,
                    machineCpu / windowSeconds / 10.0 / Runtime.getRuntime().availableProcessors()));
            Files.writeString(out.resolve("cpu.csv"), cpuCsv.toString());
            if (dbStats.containsKey("start") && dbStats.containsKey("end")) {
                s.append(String.format(
                        "%-14s %12s %12s %12s %12s   (per order, measured window; pg_stat_database)%n",
                        "database", "commits", "inserted", "updated", "deleted"));
                for (var db : dbStats.get("end").entrySet()) {
                    long[] a = dbStats.get("start").get(db.getKey());
                    long[] b = db.getValue();
                    if (a == null) {
                        continue;
                    }
                    s.append(String.format(
                            Locale.ROOT,
                            "%-14s %12.2f %12.2f %12.2f %12.2f%n",
                            db.getKey(),
                            (b[0] - a[0]) / windowOrders,
                            (b[1] - a[1]) / windowOrders,
                            (b[2] - a[2]) / windowOrders,
                            (b[3] - a[3]) / windowOrders));
                }
            }
            if (records.containsKey("start") && records.containsKey("end")) {
                s.append(String.format(
                        Locale.ROOT,
                        "Kafka: %.2f records per order on all topics (end offsets; markers included)%n",
                        (records.get("end") - records.get("start")) / windowOrders));
            }
            Files.writeString(out.resolve("summary.txt"), s.toString());
            writeTimeline(out);
        }

        /** The first sample taken at or after this many seconds of the samplers' clock. */
        private int sampleAt(double seconds) {
            for (int i = 0; i < machine.size(); i++) {
                if (machine.get(i)[2] >= seconds) {
                    return i;
                }
            }
            return machine.size() - 1;
        }

        private Histogram between(List<UUID> orders, String fromStep, String toStep) {
            Histogram h = new Histogram(TimeUnit.HOURS.toMillis(1), 3);
            Map<UUID, EventTap.Seen> a = tap.seen(fromStep);
            Map<UUID, EventTap.Seen> b = tap.seen(toStep);
            for (UUID id : orders) {
                if (a.containsKey(id) && b.containsKey(id)) {
                    h.recordValue(Math.max(
                            0,
                            Duration.between(a.get(id).happened(), b.get(id).happened())
                                    .toMillis()));
                }
            }
            return h;
        }

        private Histogram seenAfter(List<UUID> orders) {
            Histogram h = new Histogram(TimeUnit.HOURS.toMillis(1), 3);
            Map<UUID, EventTap.Seen> a = tap.seen("order-received");
            Map<UUID, EventTap.Seen> b = tap.seen("shipped");
            for (UUID id : orders) {
                if (a.containsKey(id) && b.containsKey(id)) {
                    h.recordValue(Math.max(
                            0,
                            Duration.between(a.get(id).happened(), b.get(id).read())
                                    .toMillis()));
                }
            }
            return h;
        }

        private void line(StringBuilder s, StringBuilder csv, String name, Histogram h, double scale) {
            if (h.getTotalCount() == 0) {
                s.append(String.format("%-34s %7d%n", name, 0));
                csv.append(name).append(",0,,,,,\n");
                return;
            }
            double[] v = {
                h.getValueAtPercentile(50) / scale,
                h.getValueAtPercentile(90) / scale,
                h.getValueAtPercentile(99) / scale,
                h.getValueAtPercentile(99.9) / scale,
                h.getMaxValue() / scale
            };
            s.append(String.format(
                    Locale.ROOT,
                    "%-34s %7d %9.1f %9.1f %9.1f %9.1f %9.1f%n",
                    name,
                    h.getTotalCount(),
                    v[0],
                    v[1],
                    v[2],
                    v[3],
                    v[4]));
            csv.append(String.format(
                    Locale.ROOT,
                    "%s,%d,%.1f,%.1f,%.1f,%.1f,%.1f%n",
                    name,
                    h.getTotalCount(),
                    v[0],
                    v[1],
                    v[2],
                    v[3],
                    v[4]));
        }

        /** Per second of the run: steps done (by ce_time), CPU % per process, lag per group; CSV and the chart. */
        private void writeTimeline(Path out) throws Exception {
            int n = Math.max(usage.size(), lags.size());
            Svg.Panel steps = new Svg.Panel("steps done per second (ce_time), measured window shaded", "events/s");
            for (String step : EventTap.STEPS) {
                double[] perSecond = new double[n];
                for (var e : tap.seen(step).entrySet()) {
                    if (placed.containsKey(e.getKey())) {
                        long at = Duration.between(origin, e.getValue().happened())
                                .toSeconds();
                        if (at >= 0 && at < n) {
                            perSecond[(int) at]++;
                        }
                    }
                }
                steps.series().put(step, perSecond);
            }
            Svg.Panel cpu = new Svg.Panel("CPU per process", "% of one core");
            Svg.Panel rss = new Svg.Panel("resident memory per process", "MiB");
            for (String name : usage.get(0).keySet()) {
                double[] pct = new double[usage.size()];
                double[] mib = new double[usage.size()];
                for (int i = 0; i < usage.size(); i++) {
                    pct[i] = i == 0
                            ? 0
                            : (usage.get(i).get(name).cpuMs()
                                            - usage.get(i - 1).get(name).cpuMs())
                                    / 10.0;
                    mib[i] = usage.get(i).get(name).rssKb() / 1024.0;
                }
                cpu.series().put(name, pct);
                rss.series().put(name, mib);
            }
            Svg.Panel lagPanel = new Svg.Panel("consumer lag per group (all its topics)", "records");
            Set<String> groups = new java.util.TreeSet<>();
            lags.forEach(m -> groups.addAll(m.keySet()));
            StringBuilder lagCsv = new StringBuilder("second,group,topic,lag\n");
            for (String group : groups) {
                double[] v = new double[lags.size()];
                for (int i = 0; i < lags.size(); i++) {
                    Map<String, Long> perTopic = lags.get(i).getOrDefault(group, Map.of());
                    v[i] = perTopic.values().stream().mapToLong(Long::longValue).sum();
                    for (var t : perTopic.entrySet()) {
                        lagCsv.append(i)
                                .append(',')
                                .append(group)
                                .append(',')
                                .append(t.getKey())
                                .append(',')
                                .append(t.getValue())
                                .append('\n');
                    }
                }
                lagPanel.series().put(group, v);
            }
            Files.writeString(out.resolve("lag.csv"), lagCsv.toString());
            StringBuilder timeline = new StringBuilder("second");
            List<Svg.Panel> panels = List.of(steps, lagPanel, cpu, rss);
            Map<String, double[]> columns = new LinkedHashMap<>();
            steps.series().forEach((k, v) -> columns.put(k + "_per_s", v));
            cpu.series().forEach((k, v) -> columns.put(k + "_cpu_pct", v));
            rss.series().forEach((k, v) -> columns.put(k + "_rss_mib", v));
            double[] load = machine.stream().mapToDouble(m -> m[1]).toArray();
            columns.put("loadavg_1m", load);
            columns.keySet().forEach(k -> timeline.append(',').append(k));
            timeline.append('\n');
            for (int i = 0; i < n; i++) {
                timeline.append(i);
                for (double[] v : columns.values()) {
                    timeline.append(',').append(i < v.length ? String.format(Locale.ROOT, "%.1f", v[i]) : "");
                }
                timeline.append('\n');
            }
            Files.writeString(out.resolve("timeline.csv"), timeline.toString());
            Files.writeString(
                    out.resolve("chart.svg"),
                    Svg.render(
                            String.format(
                                    "./run.sh bench %d %d %d: %d orders/s offered, load average %.1f -> %.1f",
                                    rate, seconds, warmup, rate, loadBefore, loadAfter),
                            panels,
                            warmup,
                            warmup + seconds));
        }
    }
}
