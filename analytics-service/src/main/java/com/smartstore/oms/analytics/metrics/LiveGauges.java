package com.smartstore.oms.analytics.metrics;

import com.smartstore.oms.analytics.domain.Metrics;
import com.smartstore.oms.contracts.events.SlaKind;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Live figures for Prometheus (issue 13): orders in each stage now ({@code oms_analytics_orders_in_stage{stage}}),
 * SLA breaches by kind, all time and today ({@code oms_analytics_sla_breaches{kind}},
 * {@code oms_analytics_sla_breaches_today{kind}}). Refreshed by a periodic query, never on the scrape (which must
 * not wait on the database); consumer lag per topic comes from the Kafka client's own metrics
 * ({@code kafka_consumer_fetch_manager_records_lag_max}, one client per topic).
 */
@ApplicationScoped
public class LiveGauges {
    /** The stages an order can be waiting in, with the condition on its timeline row (constants, safe in SQL). */
    static final Map<String, String> STAGES = stages();

    private final Map<String, AtomicLong> inStage = new LinkedHashMap<>();
    private final Map<String, AtomicLong> breaches = new LinkedHashMap<>();
    private final Map<String, AtomicLong> breachesToday = new LinkedHashMap<>();
    private final Clock clock;

    public LiveGauges(MeterRegistry registry, Clock clock) {
        this.clock = clock;
        STAGES.keySet()
                .forEach(stage -> inStage.put(
                        stage,
                        gauge(registry, "oms.analytics.orders.in.stage", "stage", stage, "orders in this stage now")));
        for (SlaKind kind : SlaKind.values()) {
            breaches.put(
                    kind.name(),
                    gauge(registry, "oms.analytics.sla.breaches", "kind", kind.name(), "SLA breaches, all time"));
            breachesToday.put(
                    kind.name(),
                    gauge(
                            registry,
                            "oms.analytics.sla.breaches.today",
                            "kind",
                            kind.name(),
                            "SLA breaches today (UTC)"));
        }
    }

    private static AtomicLong gauge(MeterRegistry registry, String name, String tag, String value, String help) {
        AtomicLong holder = new AtomicLong();
        Gauge.builder(name, holder, AtomicLong::get)
                .tag(tag, value)
                .description(help)
                .register(registry);
        return holder;
    }

    @Scheduled(
            identity = "analytics-gauges",
            every = "${oms.analytics.gauges.every:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return refresh();
    }

    /** Reads the figures the gauges show. */
    public Uni<Void> refresh() {
        StringBuilder sql = new StringBuilder("select ");
        STAGES.values()
                .forEach(condition ->
                        sql.append("count(*) filter (where ").append(condition).append("), "));
        sql.setLength(sql.length() - 2);
        sql.append(" from order_timeline");
        LocalDate today = LocalDate.now(clock);
        return Panache.withSession(() -> Panache.getSession()
                .chain(s -> s.createNativeQuery(sql.toString(), Object[].class).getSingleResult())
                .invoke(counts -> {
                    int i = 0;
                    for (AtomicLong holder : inStage.values()) {
                        holder.set(((Number) counts[i++]).longValue());
                    }
                })
                .chain(() -> Panache.getSession()
                        .chain(s -> s.createNativeQuery(
                                        "select dim, sum(count), sum(count) filter (where day = :today)"
                                                + " from daily_figure where metric = :metric and dim_kind = :kind"
                                                + " group by dim",
                                        Object[].class)
                                .setParameter("today", today)
                                .setParameter("metric", Metrics.SLA_BREACH)
                                .setParameter("kind", Metrics.KIND)
                                .getResultList()))
                .invoke(this::setBreaches)
                .replaceWithVoid());
    }

    private void setBreaches(List<Object[]> rows) {
        breaches.values().forEach(h -> h.set(0));
        breachesToday.values().forEach(h -> h.set(0));
        for (Object[] r : rows) {
            AtomicLong all = breaches.get((String) r[0]);
            if (all != null) {
                all.set(((Number) r[1]).longValue());
                breachesToday.get((String) r[0]).set(r[2] == null ? 0 : ((Number) r[2]).longValue());
            }
        }
    }

    private static Map<String, String> stages() {
        Map<String, String> stages = new LinkedHashMap<>();
        String open = "cancelled_at is null and rejected_at is null";
        stages.put("awaiting-approval", "received_at is not null and approved_at is null and " + open);
        stages.put("in-manual-review", "held_at is not null and approved_at is null and " + open);
        stages.put("awaiting-pick", "approved_at is not null and picked_at is null and " + open);
        stages.put("awaiting-shipment", "picked_at is not null and shipped_at is null and " + open);
        stages.put("in-transit", "last_shipped_at is not null and delivered_at is null");
        return stages;
    }
}
