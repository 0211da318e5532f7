package com.smartstore.oms.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;

/**
 * The lifecycle interleaving run (issue 17, docs/ORDER-LIFECYCLE.md): many orders, each with a seeded random story
 * (amend the address or a line, ask to cancel, capture and then fail a payment) played through the real entry points
 * at random moments, while simulated staff review, pick, pack and dispatch as fast as work appears. The services run
 * with {@code oms.inbox.jitter-max}, so every consumer sees its topics' events in random relative order. When the
 * system has settled, {@link #check} reads every service and proves the lifecycle invariants:
 * <ul>
 *   <li>no order ships after a confirmed cancellation, and a refused cancellation names a parcel that left;
 *   <li>no parcel leaves while review's newest decision is a hold or a rejection;
 *   <li>a dispatched parcel goes to the last amended address, unless shipping refused that amendment;
 *   <li>stock on hand = initial - units picked and not put back; never negative; nothing dispatched that was not picked;
 *   <li>intake's status agrees with the authorities (SHIPPED iff a parcel left, CANCELLED iff shipping confirmed);
 *   <li>no parked event is left unapplied and unreported in any service database.
 * </ul>
 * Seeded: the same seed plays the same stories (thread scheduling still varies, which is the point).
 */
public final class Interleavings {
    private static final List<String> DATABASES = List.of("intake", "review", "warehouse", "shipping");
    private static final Duration SETTLE = Duration.ofMinutes(5);

    private final OrderFlow flow;
    private final OmsClient oms;
    private final String jdbcBase;
    private final String dbSuffix;

    /** @param jdbcBase e.g. {@code jdbc:postgresql://127.0.0.1:5432/}; @param dbSuffix {@code _test} in the ITs */
    public Interleavings(OrderFlow flow, String jdbcBase, String dbSuffix) {
        this.flow = flow;
        this.oms = flow.client();
        this.jdbcBase = jdbcBase;
        this.dbSuffix = dbSuffix;
    }

    /** What one run found. */
    public record Verdict(int orders, Map<String, Integer> outcomes, List<String> violations, Duration took) {
        public boolean ok() {
            return violations.isEmpty();
        }

        @Override
        public String toString() {
            return "%d orders in %d s, outcomes %s: %s"
                    .formatted(
                            orders,
                            took.toSeconds(),
                            outcomes,
                            violations.isEmpty()
                                    ? "all invariants hold"
                                    : violations.size() + " violation(s):\n  " + String.join("\n  ", violations));
        }
    }

    /** One order's story: what the customer and finance do, and when (ms after the order was placed). */
    record Story(
            int index,
            List<Map<String, Object>> lines,
            boolean online,
            Long captureAt,
            Long failAt,
            Long amendAddressAt,
            Long amendLineAt,
            Long cancelAt,
            boolean reviewerApproves) {}

    /** Tracks what the run did to one order. */
    static final class Played {
        final Story story;
        final UUID id;
        volatile String lastStreet;
        final AtomicInteger cancelRequests = new AtomicInteger();

        Played(Story story, UUID id, String street) {
            this.story = story;
            this.id = id;
            this.lastStreet = street;
        }
    }

    /** Plays {@code orders} stories from {@code seed} and checks the invariants once everything settled. */
    public Verdict run(int orders, long seed, Duration maxDelay) throws InterruptedException {
        Instant start = Instant.now();
        Random random = new Random(seed);
        List<String> skus = new ArrayList<>();
        Map<String, Integer> initial = new LinkedHashMap<>();
        int skuCount = Math.max(2, orders / 4);
        int units = orders * 6 / skuCount + 6;
        for (int i = 0; i < skuCount; i++) {
            String sku = flow.stockedProduct("Interleaving item " + i, "one size", "10.00", units, units);
            skus.add(sku);
            initial.put(sku, units);
        }
        List<Story> stories = new ArrayList<>();
        for (int i = 0; i < orders; i++) {
            stories.add(story(i, new Random(random.nextLong()), skus, maxDelay.toMillis()));
        }

        Map<UUID, Played> played = new ConcurrentHashMap<>();
        ScheduledExecutorService customers = Executors.newScheduledThreadPool(4);
        try (Staff staff = new Staff(oms, review -> {
            Played p = played.get(UUID.fromString(review.path("orderId").asText()));
            return p == null || p.story.reviewerApproves();
        })) {
            for (Story story : stories) {
                Played p = place(story);
                played.put(p.id, p);
                schedule(customers, p);
            }
            customers.shutdown();
            if (!customers.awaitTermination(maxDelay.toMillis() * 4 + 120_000, TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("the customers' actions did not finish");
            }
            awaitSettled(played.values());
        } finally {
            customers.shutdownNow();
        }
        return check(played.values(), initial, Duration.between(start, Instant.now()));
    }

    private static Story story(int index, Random r, List<String> skus, long maxDelay) {
        List<String> pool = new ArrayList<>(skus);
        Collections.shuffle(pool, r);
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int l = 0; l < 1 + r.nextInt(2); l++) {
            lines.add(OrderFlow.line(pool.get(l), "Interleaving item", 1 + r.nextInt(2), "10.00"));
        }
        boolean online = r.nextDouble() < 0.35;
        Long captureAt = online ? (long) r.nextInt((int) maxDelay + 1) : null;
        Long failAt = online && r.nextDouble() < 0.4 ? captureAt + r.nextInt((int) maxDelay + 1) : null;
        return new Story(
                index,
                lines,
                online,
                captureAt,
                failAt,
                r.nextDouble() < 0.35 ? (long) r.nextInt((int) maxDelay * 2 + 1) : null,
                r.nextDouble() < 0.15 ? (long) r.nextInt((int) maxDelay * 2 + 1) : null,
                r.nextDouble() < 0.3 ? (long) r.nextInt((int) maxDelay * 2 + 1) : null,
                r.nextDouble() < 0.7);
    }

    private Played place(Story story) {
        String email = "interleaving-" + UUID.randomUUID() + "@example.com";
        Map<String, Object> body =
                new HashMap<>(OrderFlow.order("Customer " + story.index(), email, story.lines(), total(story)));
        body.put(
                "payment",
                story.online()
                        ? Map.of("method", "ONLINE", "amount", total(story))
                        : Map.of("method", "CASH_ON_DELIVERY", "amount", total(story)));
        JsonNode created = flow.placeOrder(body);
        return new Played(story, UUID.fromString(created.get("id").asText()), "Rua Augusta 10");
    }

    private static String total(Story story) {
        int units = story.lines().stream()
                .mapToInt(l -> (Integer) l.get("quantity"))
                .sum();
        return units * 10 + ".00";
    }

    private void schedule(ScheduledExecutorService customers, Played p) {
        Story s = p.story;
        String path = "/api/orders/" + p.id;
        if (s.captureAt() != null) {
            customers.schedule(() -> pay(p, "CAPTURED", "cap-"), s.captureAt(), TimeUnit.MILLISECONDS);
        }
        if (s.failAt() != null) {
            customers.schedule(() -> pay(p, "FAILED", "fail-"), s.failAt(), TimeUnit.MILLISECONDS);
        }
        if (s.amendAddressAt() != null) {
            customers.schedule(
                    () -> {
                        String street = "Rua Nova " + s.index() + "-"
                                + UUID.randomUUID().toString().substring(0, 6);
                        OmsClient.Reply reply = oms.post(
                                Service.INTAKE,
                                path + "/amendments",
                                "customer-service",
                                Map.of(
                                        "reason",
                                        "moved",
                                        "shippingAddress",
                                        Map.of(
                                                "line1",
                                                street,
                                                "city",
                                                "Porto",
                                                "postalCode",
                                                "4000-001",
                                                "country",
                                                "PT")));
                        if (reply.status() / 100 == 2) {
                            p.lastStreet = street;
                        }
                    },
                    s.amendAddressAt(),
                    TimeUnit.MILLISECONDS);
        }
        if (s.amendLineAt() != null) {
            customers.schedule(
                    () -> oms.post(
                            Service.INTAKE,
                            path + "/amendments",
                            "customer-service",
                            Map.of("reason", "one more", "lines", List.of(Map.of("lineNo", 1, "quantity", 3)))),
                    s.amendLineAt(),
                    TimeUnit.MILLISECONDS);
        }
        if (s.cancelAt() != null) {
            customers.schedule(
                    () -> {
                        OmsClient.Reply reply = oms.post(
                                Service.INTAKE, path + "/cancel", "customer-service", Map.of("reason", "changed mind"));
                        if (reply.status() == 202) {
                            p.cancelRequests.incrementAndGet();
                        }
                    },
                    s.cancelAt(),
                    TimeUnit.MILLISECONDS);
        }
    }

    private void pay(Played p, String status, String prefix) {
        oms.post(
                Service.INTAKE,
                "/api/orders/" + p.id + "/payments",
                "finance",
                Map.of(
                        "provider",
                        "bank",
                        "paymentId",
                        prefix + p.id,
                        "status",
                        status,
                        "amount",
                        total(p.story),
                        "failureReason",
                        "card declined"));
    }

    /** Final for this run: shipped, cancelled, or rejected (nobody corrects in this run). */
    private static final Set<String> FINAL = Set.of("SHIPPED", "CANCELLED", "REJECTED");

    /**
     * Waits until every order reached a final status in intake and two readings of everything the checker reads,
     * taken a few seconds apart, agree (the consumers have drained their topics).
     */
    private void awaitSettled(Iterable<Played> orders) {
        List<String> unsettled = new ArrayList<>();
        try {
            OrderFlow.await("every order to reach shipped, cancelled or rejected", SETTLE, () -> {
                unsettled.clear();
                for (Played p : orders) {
                    String status = flow.order(p.id).path("status").asText();
                    if (!FINAL.contains(status)) {
                        unsettled.add(p.id + " " + status);
                    }
                }
                return unsettled.isEmpty() ? java.util.Optional.of(true) : java.util.Optional.empty();
            });
        } catch (IllegalStateException e) {
            throw new IllegalStateException(e.getMessage() + "; still open: " + unsettled, e);
        }
        OrderFlow.await("the services to settle", SETTLE, () -> {
            String before = snapshot(orders);
            Staff.pause(3000);
            return before.equals(snapshot(orders)) ? java.util.Optional.of(true) : java.util.Optional.empty();
        });
    }

    private String snapshot(Iterable<Played> orders) {
        StringBuilder all = new StringBuilder();
        for (Played p : orders) {
            all.append(flow.order(p.id).path("status").asText())
                    .append(shipments(p.id))
                    .append(pickLists(p.id));
        }
        return all.toString();
    }

    private JsonNode shipments(UUID orderId) {
        return oms.get(Service.SHIPPING, "/api/shipments?orderId=" + orderId, "shipping")
                .expect(200)
                .body()
                .path("items");
    }

    private JsonNode pickLists(UUID orderId) {
        return oms.get(Service.WAREHOUSE, "/api/pick-lists?orderId=" + orderId, "warehouse")
                .expect(200)
                .body();
    }

    /** Reads every service and lists what breaks an invariant. */
    Verdict check(Iterable<Played> orders, Map<String, Integer> initial, Duration took) {
        List<String> violations = new ArrayList<>();
        Map<String, Integer> outcomes = new TreeMap<>();
        Map<String, Integer> picked = new HashMap<>();
        Map<String, Integer> dispatched = new HashMap<>();
        int count = 0;
        List<String> ids = new ArrayList<>();
        for (Played p : orders) {
            count++;
            ids.add(p.id.toString());
            JsonNode order = flow.order(p.id);
            String status = order.path("status").asText();
            outcomes.merge(status, 1, Integer::sum);
            List<JsonNode> left = stream(shipments(p.id))
                    .filter(s -> "SHIPPED".equals(s.path("status").asText()))
                    .toList();
            String who = "order " + p.story.index() + " (" + p.id + ")";
            if ("CANCELLED".equals(status) && !left.isEmpty()) {
                violations.add(
                        who + " is CANCELLED but a parcel left: " + left.get(0).path("trackingNumber"));
            }
            if ("SHIPPED".equals(status) != !left.isEmpty()) {
                violations.add(who + " is " + status + " in intake but " + left.size() + " parcel(s) left");
            }
            if ("REJECTED".equals(status) && !left.isEmpty()) {
                violations.add(who + " was finally rejected but a parcel left");
            }
            String refusal = order.path("cancellation").path("status").asText("");
            if ("REFUSED".equals(refusal) && left.isEmpty()) {
                violations.add(who + ": a cancellation was refused although no parcel left");
            }
            if (p.cancelRequests.get() > 0
                    && !"CANCELLED".equals(status)
                    && !"REFUSED".equals(refusal)
                    && !"REJECTED".equals(status)) {
                violations.add(who + ": a cancellation was requested but neither confirmed nor refused (" + status
                        + ", cancellation " + refusal + ")");
            }
            for (JsonNode shipment : left) {
                String street = shipment.path("shipTo").path("line1").asText();
                if (!Objects.equals(street, p.lastStreet) && !amendmentRefused(p.id)) {
                    violations.add(who + " shipped to '" + street + "' but its last accepted address is '"
                            + p.lastStreet + "'");
                }
                shipment.path("items")
                        .forEach(i -> dispatched.merge(
                                i.path("sku").asText(), i.path("quantity").asInt(), Integer::sum));
            }
            for (JsonNode list : pickLists(p.id)) {
                String listStatus = list.path("status").asText();
                if (listStatus.equals("PICKED") || listStatus.equals("PACKED")) {
                    list.path("lines")
                            .forEach(l -> picked.merge(
                                    l.path("sku").asText(),
                                    l.hasNonNull("pickedQuantity")
                                            ? l.path("pickedQuantity").asInt()
                                            : l.path("quantity").asInt(),
                                    Integer::sum));
                }
                // No live pick list (open, picked or packed) for a cancelled order. One closed otherwise is
                // fine: a rejection that came first released it (REJECTED), a correction replaced it.
                if ("CANCELLED".equals(status)
                        && Set.of("OPEN", "PICKED", "PACKED").contains(listStatus)) {
                    violations.add(who + " is CANCELLED but its pick list "
                            + list.path("id").asText() + " is " + listStatus);
                }
            }
        }
        for (Map.Entry<String, Integer> sku : initial.entrySet()) {
            JsonNode stock = flow.stock("LIS", sku.getKey());
            int onHand = stock.path("onHand").asInt();
            int expected = sku.getValue() - picked.getOrDefault(sku.getKey(), 0);
            if (onHand != expected) {
                violations.add("stock of " + sku.getKey() + ": on hand " + onHand + " but initial " + sku.getValue()
                        + " - picked and kept " + picked.getOrDefault(sku.getKey(), 0) + " = " + expected);
            }
            if (onHand < 0
                    || stock.path("available").asInt() < 0
                    || stock.path("reserved").asInt() < 0) {
                violations.add("stock of " + sku.getKey() + " went negative: " + stock);
            }
            if (dispatched.getOrDefault(sku.getKey(), 0) > picked.getOrDefault(sku.getKey(), 0)) {
                violations.add("more units of " + sku.getKey() + " left (" + dispatched.get(sku.getKey())
                        + ") than were picked (" + picked.getOrDefault(sku.getKey(), 0) + ")");
            }
        }
        violations.addAll(unappliedParkedEvents(ids));
        violations.addAll(deadLettered(ids));
        return new Verdict(count, outcomes, violations, took);
    }

    private boolean amendmentRefused(UUID orderId) {
        return stream(oms.get(Service.REVIEW, "/api/cases?orderId=" + orderId, "manager")
                        .expect(200)
                        .body())
                .anyMatch(c -> c.path("code").asText().equals("AMENDMENT_REFUSED"));
    }

    /**
     * Parked events of the run's orders still waiting and never reported, in every service that parks (the test
     * databases also hold the module tests' orders, some parked on purpose).
     */
    private List<String> unappliedParkedEvents(List<String> orderIds) {
        List<String> found = new ArrayList<>();
        for (String db : DATABASES) {
            try (Connection c = DriverManager.getConnection(jdbcBase + "oms_" + db + dbSuffix, "oms", "oms");
                    java.sql.PreparedStatement st =
                            c.prepareStatement("select consumer, ce_type, event_key, waiting_for from parked_event"
                                    + " where reported_at is null and event_key = any(?)")) {
                st.setArray(1, c.createArrayOf("text", orderIds.toArray()));
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        found.add("%s: %s for %s still parked, waiting for %s"
                                .formatted(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                    }
                }
            } catch (SQLException e) {
                found.add("cannot read parked events of " + db + ": " + e.getMessage());
            }
        }
        return found;
    }

    /** Events of the run's orders that a consumer dead-lettered: none of them was poison. */
    private List<String> deadLettered(List<String> orderIds) {
        List<String> found = new ArrayList<>();
        for (String db : DATABASES) {
            try (Connection c = DriverManager.getConnection(jdbcBase + "oms_" + db + dbSuffix, "oms", "oms");
                    java.sql.PreparedStatement st = c.prepareStatement(
                            "select consumer, event_key from dead_lettered_event where event_key = any(?)")) {
                st.setArray(1, c.createArrayOf("text", orderIds.toArray()));
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        found.add("%s dead-lettered an event of order %s".formatted(rs.getString(1), rs.getString(2)));
                    }
                }
            } catch (SQLException e) {
                found.add("cannot read dead-lettered events of " + db + ": " + e.getMessage());
            }
        }
        return found;
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }

    /**
     * {@code java ... Interleavings [orders] [seed] [max-delay-ms]} against the services ./run.sh started: prints the
     * verdict and exits 1 on any violation.
     */
    public static void main(String[] args) throws Exception {
        int orders = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 17L;
        Duration maxDelay = Duration.ofMillis(args.length > 2 ? Long.parseLong(args[2]) : 1500);
        OmsClient oms = new OmsClient(System.getProperty("oms.keycloak", "http://127.0.0.1:8180"), 0);
        Interleavings run = new Interleavings(
                new OrderFlow(oms), System.getProperty("oms.jdbc", "jdbc:postgresql://127.0.0.1:5432/"), "");
        int batch = Math.min(orders, 100);
        List<Verdict> verdicts = new ArrayList<>();
        for (int done = 0; done < orders; done += batch) {
            Verdict v = run.run(Math.min(batch, orders - done), seed + done, maxDelay);
            System.out.println("seed " + (seed + done) + ": " + v);
            verdicts.add(v);
        }
        long bad = verdicts.stream().mapToLong(v -> v.violations().size()).sum();
        System.out.println("interleavings: " + orders + " orders, seed " + seed + ", " + bad + " violation(s)");
        System.exit(bad == 0 ? 0 : 1);
    }
}
