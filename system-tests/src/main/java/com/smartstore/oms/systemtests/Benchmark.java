package com.smartstore.oms.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A load harness against a running system (./run.sh): order clerks post N orders from C threads, then it
 * waits until analytics has seen every order approved, and reports intake's throughput and latency and
 * the received -> approved time of the event chain (intake outbox, Kafka, review inbox, rules and outbox,
 * Kafka), from the CloudEvents times analytics recorded. It measures; it asserts nothing.
 */
public final class Benchmark {
    private static final String[] SKUS = {"BENCH-A", "BENCH-B", "BENCH-C"};

    public static void main(String[] args) throws Exception {
        int orders = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        OrderFlow flow = new OrderFlow(new OmsClient(System.getProperty("oms.keycloak", "http://127.0.0.1:8180"), 0));
        for (String sku : SKUS) {
            flow.upsertProduct(sku, "Benchmark item " + sku, "-", "bench", "10.00");
            flow.setStock("LIS", sku, 1_000_000);
            flow.awaitReviewKnows(sku, "10.00", 1000);
        }
        flow.client().token("order-clerk");
        flow.client().token("manager");

        ConcurrentLinkedQueue<Long> postNanos = new ConcurrentLinkedQueue<>();
        List<UUID> ids = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Instant start = Instant.now();
        List<Future<?>> futures = new ArrayList<>();
        // One customer per order: review holds the same customer ordering the same items twice within a day
        // as a suspected duplicate (and this run's customers differ from the last run's).
        String run = Long.toString(System.currentTimeMillis(), 36);
        for (int i = 0; i < orders; i++) {
            String sku = SKUS[i % SKUS.length];
            String customer = "bench-" + run + "-" + i;
            futures.add(pool.submit(() -> {
                Map<String, Object> order = OrderFlow.cashOnDelivery(OrderFlow.order(
                        "Bench Customer " + customer,
                        customer + "@example.com",
                        List.of(OrderFlow.line(sku, "Benchmark item", 1, "10.00")),
                        "10.00"));
                long t0 = System.nanoTime();
                JsonNode created = flow.placeOrder(order);
                postNanos.add(System.nanoTime() - t0);
                ids.add(UUID.fromString(created.get("id").asText()));
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        Duration posting = Duration.between(start, Instant.now());
        pool.shutdown();

        List<Double> approval = new ArrayList<>();
        for (UUID id : ids) {
            JsonNode timeline = flow.awaitTimeline(id, "receivedAt", "approvedAt");
            Instant received = Instant.parse(timeline.get("receivedAt").asText());
            Instant approved = Instant.parse(timeline.get("approvedAt").asText());
            approval.add(Duration.between(received, approved).toNanos() / 1e6);
        }
        List<Double> post = postNanos.stream().map(n -> n / 1e6).toList();
        System.out.printf("orders %d, client threads %d%n", orders, threads);
        System.out.printf(
                "intake POST /api/orders: %.1f orders/s over %.2f s%n",
                orders / (posting.toMillis() / 1000.0), posting.toMillis() / 1000.0);
        report("POST latency (ms)", post);
        report("received -> approved (ms)", approval);
    }

    private static void report(String name, List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        System.out.printf(
                "  %-26s p50 %8.1f  p90 %8.1f  p99 %8.1f  max %8.1f%n",
                name,
                percentile(sorted, 0.50),
                percentile(sorted, 0.90),
                percentile(sorted, 0.99),
                sorted.get(sorted.size() - 1));
    }

    /** Linear interpolation between closest ranks, as PostgreSQL's percentile_cont. */
    static double percentile(List<Double> sorted, double p) {
        double rank = (sorted.size() - 1) * p;
        int low = (int) Math.floor(rank);
        int high = (int) Math.ceil(rank);
        return sorted.get(low) + (sorted.get(high) - sorted.get(low)) * (rank - low);
    }

    private Benchmark() {}
}
