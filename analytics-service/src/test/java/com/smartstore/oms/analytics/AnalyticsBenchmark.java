package com.smartstore.oms.analytics;

import static io.restassured.RestAssured.given;

import com.smartstore.oms.analytics.domain.Fact;
import com.smartstore.oms.analytics.domain.Metrics;
import com.smartstore.oms.analytics.domain.OrderFacts;
import com.smartstore.oms.analytics.domain.OrderState;
import com.smartstore.oms.analytics.domain.ReturnFacts;
import com.smartstore.oms.analytics.domain.Sketch;
import com.smartstore.oms.analytics.repository.FigureRepository;
import com.smartstore.oms.kit.testing.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

/**
 * Not a test (its name keeps it out of the default run): the benchmark of issue 13. It makes {@code ORDERS}
 * synthetic orders over a year (year 3000, far from every test's days), computes their facts with the service's
 * own {@link OrderFacts}, adds them up per day row with the service's {@link Sketch}, and loads the rows straight
 * into {@code daily_figure} with COPY, as the consumers would have left them; then it asks every endpoint for the
 * year, {@code ROUNDS} times each, and prints the latencies. Command and numbers: docs/BENCHMARKS.md.
 *
 * <p>{@code mvn -pl analytics-service test -Dtest=AnalyticsBenchmark -Dbench.orders=1000000 ...}
 */
@QuarkusTest
class AnalyticsBenchmark {
    private static final int ORDERS = Integer.getInteger("bench.orders", 1_000_000);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 20);
    private static final LocalDate START = LocalDate.parse("3000-01-01");
    private static final String[] CHANNELS = {"SHOPIFY", "WOOCOMMERCE", "REST", "STAFF", "GENERIC_WEBHOOK"};
    private static final String[] REASONS = {
        "QUALITY", "DAMAGED_IN_TRANSIT", "WRONG_ITEM", "NOT_AS_DESCRIBED", "CHANGED_MIND"
    };
    private static final String[] WAREHOUSES = {"LIS", "POR", "FAR"};

    @Inject
    AgroalDataSource dataSource;

    @Test
    void ingestAYearAndAskEveryEndpointForIt() throws Exception {
        long started = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            try (var s = c.createStatement()) {
                s.executeUpdate("delete from daily_figure where day >= date '3000-01-01' and day < date '3001-01-01'");
                s.executeUpdate("delete from customer_frequency where period >= date '3000-01-01'"
                        + " and period < date '3001-01-01'");
            }
            long rows = ingest(c.unwrap(PGConnection.class));
            try (var s = c.createStatement()) {
                // The purchase-frequency distributions the consumers keep per month and year, from the roll-ups.
                s.executeUpdate("insert into customer_frequency (period_kind, period, orders, customers)"
                        + " select split_part(dim_kind, ':', 1), day, count, count(*) from daily_figure"
                        + " where metric = 'customer-orders' and dim_kind in ('month:customer', 'year:customer')"
                        + " and day >= date '3000-01-01' and day < date '3001-01-01' and count > 0 group by 1, 2, 3");
                s.execute("analyze daily_figure");
                s.execute("analyze customer_frequency");
            }
            System.out.printf(
                    "BENCH ingested %d orders into %d daily_figure rows in %.1f s%n",
                    ORDERS, rows, (System.nanoTime() - started) / 1e9);
        }
        String from = "3000-01-01";
        String to = "3001-01-01";
        for (String endpoint : List.of(
                "time-to-ship",
                "volume",
                "volume?groupBy=month",
                "customers",
                "customers?from=3000-02-01&to=3001-02-01",
                "stages",
                "returns",
                "returns?groupBy=month",
                "exceptions",
                "sla",
                "staff")) {
            measure("/api/analytics/" + endpoint, from, to);
        }
    }

    private static void measure(String path, String from, String to) {
        String token = Tokens.of("manager");
        long[] millis = new long[ROUNDS];
        for (int i = -3; i < ROUNDS; i++) { // three warm-up requests
            long t0 = System.nanoTime();
            var request = given().auth().oauth2(token);
            if (!path.contains("from=")) { // a path naming its own range (a year not starting on 1 January)
                request = request.queryParam("from", from).queryParam("to", to);
            }
            request.get(path).then().statusCode(200);
            if (i >= 0) {
                millis[i] = (System.nanoTime() - t0) / 1_000_000;
            }
        }
        Arrays.sort(millis);
        System.out.printf(
                "BENCH %-40s p50 %4d ms  p90 %4d ms  max %4d ms%n",
                path, millis[ROUNDS / 2], millis[(int) Math.ceil(ROUNDS * 0.9) - 1], millis[ROUNDS - 1]);
    }

    /** Orders in time order; a day's rows are written once no later order can add to them (events <= 2 days). */
    private long ingest(PGConnection pg) throws Exception {
        Random random = new Random(13);
        Map<String, Row> rows = new TreeMap<>();
        long written = 0;
        long secondsInYear = 365L * 86400;
        LocalDate flushedUpTo = START;
        for (int i = 0; i < ORDERS; i++) {
            Instant received =
                    START.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds((long) i * secondsInYear / ORDERS);
            for (Fact f : OrderFacts.of(order(random, received), Map.of())) {
                count(rows, f);
            }
            // Exceptions and SLA breaches now and then (their subjects' facts, as the consumers make them).
            if (i % 50 == 0) {
                add(rows, Metrics.EXCEPTION, Metrics.TYPE, i % 100 == 0 ? "PAYMENT" : "LOGISTICS", received, 0);
                add(rows, Metrics.EXCEPTION_RESOLUTION, Metrics.TYPE, "PAYMENT", received, 3_600_000L + i % 7200);
            }
            if (i % 40 == 0) {
                add(rows, Metrics.SLA_BREACH, Metrics.KIND, i % 80 == 0 ? "PICK" : "SHIP", received, 0);
                add(rows, Metrics.STAFF_SLA_BREACH, Metrics.USER, "picker-" + i % 20, received, 0);
            }
            // Returns: one order in 20 asks to return a unit (5 reasons), one in 100 is exchanged, one in 200 sampled
            // by QC.
            if (i % 20 == 0) {
                var returned = new com.smartstore.oms.contracts.events.ReturnRequested(
                        java.util.UUID.randomUUID(),
                        java.util.UUID.randomUUID(),
                        REASONS[(i / 20) % REASONS.length],
                        List.of(new com.smartstore.oms.contracts.events.LineQuantity("SKU-" + i % 2000, 1)),
                        "customer",
                        received.plusSeconds(86_400),
                        null,
                        i % 100 == 0 ? "EXCHANGE" : "REFUND");
                ReturnFacts.requested(returned, received.plusSeconds(86_400)).forEach(f -> count(rows, f));
            }
            if (i % 100 == 0) {
                var exchange = new com.smartstore.oms.contracts.events.ExchangeRequested(
                        java.util.UUID.randomUUID(),
                        java.util.UUID.randomUUID(),
                        "SO-" + i,
                        List.of(new com.smartstore.oms.contracts.events.ExchangeRequested.Line(
                                "SKU-" + i % 2000, 1, null)),
                        null,
                        "desk",
                        received.plusSeconds(90_000));
                ReturnFacts.exchange(exchange, received.plusSeconds(90_000)).forEach(f -> count(rows, f));
            }
            if (i % 200 == 0) {
                var defect = new com.smartstore.oms.contracts.events.QualityDefectReported(
                        java.util.UUID.randomUUID(),
                        java.util.UUID.randomUUID(),
                        java.util.UUID.randomUUID(),
                        "SKU-" + i % 2000,
                        1,
                        com.smartstore.oms.contracts.events.DefectCause.values()[(i / 200) % 8],
                        null,
                        "qc",
                        received.plusSeconds(100_000));
                ReturnFacts.defect(defect, received.plusSeconds(100_000)).forEach(f -> count(rows, f));
            }
            LocalDate day = received.atOffset(ZoneOffset.UTC).toLocalDate();
            if (day.isAfter(flushedUpTo.plusDays(3))) {
                written += flush(pg, rows, day.minusDays(2));
                flushedUpTo = day.minusDays(2);
            }
        }
        return written + flush(pg, rows, LocalDate.MAX);
    }

    private static OrderState order(Random random, Instant received) {
        String channel = CHANNELS[random.nextInt(CHANNELS.length)];
        String warehouse = WAREHOUSES[random.nextInt(WAREHOUSES.length)];
        Instant approved = received.plusSeconds(lognormal(random, 5.5));
        boolean held = random.nextInt(10) == 0;
        Instant picked = approved.plusSeconds(lognormal(random, 8));
        Instant shipped = picked.plusSeconds(lognormal(random, 8.5));
        Instant delivered = random.nextInt(4) == 0 ? null : shipped.plusSeconds(lognormal(random, 10));
        Map<String, Integer> units = Map.of("SKU-" + random.nextInt(2000), 1 + random.nextInt(3));
        String user = "user-" + random.nextInt(20);
        return new OrderState(
                channel,
                "customer-" + random.nextInt(300_000),
                1000L + random.nextInt(20_000),
                units,
                received,
                held ? received.plusSeconds(5) : null,
                approved,
                user,
                null,
                null,
                picked,
                "picker-" + random.nextInt(20),
                warehouse,
                shipped,
                "shipper-" + random.nextInt(10),
                shipped,
                delivered,
                null,
                null);
    }

    /** Log-normal seconds around e^mu, capped at 16 hours so an order's events stay within two days. */
    private static long lognormal(Random random, double mu) {
        return Math.min(57_600, Math.round(Math.exp(mu + random.nextGaussian() * 0.8)));
    }

    private static void add(Map<String, Row> rows, String metric, String dimKind, String dim, Instant at, long value) {
        Fact all = new Fact(metric, Metrics.ALL, Metrics.ALL, OrderFacts.day(at), value);
        Fact one = new Fact(metric, dimKind, dim, OrderFacts.day(at), value);
        for (Fact f : metric.startsWith("staff-") ? List.of(one) : List.of(all, one)) {
            count(rows, f);
        }
    }

    /** A fact into its day row and its month and year roll-up rows, by FigureRepository's own rule. */
    private static void count(Map<String, Row> rows, Fact f) {
        for (Fact r : FigureRepository.rowsOf(f)) {
            LocalDate last = r.dimKind().startsWith(FigureRepository.YEAR)
                    ? r.day().plusYears(1).minusDays(1)
                    : r.dimKind().startsWith(FigureRepository.MONTH)
                            ? r.day().plusMonths(1).minusDays(1)
                            : r.day();
            rows.computeIfAbsent(r.row(), k -> new Row(r, last)).add(f.value());
        }
    }

    /** COPYs the rows of days before {@code before} and forgets them. */
    private static long flush(PGConnection pg, Map<String, Row> rows, LocalDate before) throws Exception {
        StringBuilder csv = new StringBuilder();
        List<String> done = new ArrayList<>();
        for (Iterator<Map.Entry<String, Row>> it = rows.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, Row> e = it.next();
            Row r = e.getValue();
            if (!r.lastDay.isBefore(before)) {
                continue;
            }
            csv.append(r.fact.day())
                    .append(',')
                    .append(r.fact.metric())
                    .append(',')
                    .append(r.fact.dimKind());
            csv.append(',')
                    .append(r.fact.dim())
                    .append(',')
                    .append(r.count)
                    .append(',')
                    .append(r.total)
                    .append(',');
            if (r.sketch != null) {
                csv.append("\\x").append(HexFormat.of().formatHex(r.sketch.toBytes()));
            }
            csv.append('\n');
            done.add(e.getKey());
            it.remove();
        }
        if (done.isEmpty()) {
            return 0;
        }
        pg.getCopyAPI()
                .copyIn(
                        "copy daily_figure (day, metric, dim_kind, dim, count, total, sketch) from stdin with (format csv)",
                        new StringReader(csv.toString()));
        return done.size();
    }

    private static final class Row {
        final Fact fact;
        final LocalDate lastDay;
        long count;
        long total;
        final Sketch sketch;

        Row(Fact fact, LocalDate lastDay) {
            this.fact = fact;
            this.lastDay = lastDay;
            this.sketch = Metrics.isDuration(fact.metric()) ? Sketch.empty() : null;
        }

        void add(long value) {
            count++;
            total += value;
            if (sketch != null) {
                sketch.add(value);
            }
        }
    }
}
