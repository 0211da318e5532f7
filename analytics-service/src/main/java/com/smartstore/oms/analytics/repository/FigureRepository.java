package com.smartstore.oms.analytics.repository;

import com.smartstore.oms.analytics.domain.Fact;
import com.smartstore.oms.analytics.domain.FactChanges;
import com.smartstore.oms.analytics.domain.Metrics;
import com.smartstore.oms.analytics.domain.Sketch;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * The daily figures and what each subject added to them. Written only through {@link #replaceFacts}, inside the
 * inbox transaction of the event that changed the subject; read by the endpoints, which never look at orders.
 */
@ApplicationScoped
public class FigureRepository {

    /** One daily-figure row as read back. */
    public record Row(LocalDate day, String metric, String dim, long count, long total, byte[] sketch) {}

    /**
     * Makes the subject's facts in the daily figures {@code current}: takes out what it added before and no longer
     * adds, adds what is new. Serialised per subject with a transaction-scoped advisory lock.
     */
    public Uni<Void> replaceFacts(String subject, List<Fact> current) {
        return session(s -> s.createNativeQuery("select cast(pg_advisory_xact_lock(hashtext(:subject)) as text)")
                        .setParameter("subject", subject)
                        .getSingleResult())
                .chain(() -> recorded(subject))
                .chain(recorded -> apply(subject, FactChanges.between(recorded, current)));
    }

    private Uni<List<Fact>> recorded(String subject) {
        return session(s -> s.createNativeQuery(
                                "select metric, dim_kind, dim, day, value from subject_fact where subject = :subject",
                                Object[].class)
                        .setParameter("subject", subject)
                        .getResultList())
                .map(rows -> rows.stream()
                        .map(r -> new Fact(
                                (String) r[0],
                                (String) r[1],
                                (String) r[2],
                                localDate(r[3]),
                                ((Number) r[4]).longValue()))
                        .toList());
    }

    private Uni<Void> apply(String subject, FactChanges changes) {
        if (changes.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        // One change per daily-figure row, the rows in one order (no deadlock between two subjects).
        Map<String, RowChange> rows = new TreeMap<>();
        for (Fact f : changes.removed()) {
            for (Fact row : rowsOf(f)) {
                rows.computeIfAbsent(row.row(), k -> new RowChange(row)).remove(f.value());
            }
        }
        for (Fact f : changes.added()) {
            for (Fact row : rowsOf(f)) {
                rows.computeIfAbsent(row.row(), k -> new RowChange(row)).add(f.value());
            }
        }
        Uni<Void> chain = Uni.createFrom().voidItem();
        // How many customers ordered n times in a month or year: changed after every row, in one sorted order.
        Map<String, long[]> frequency = new TreeMap<>();
        for (RowChange row : rows.values()) {
            chain = chain.chain(() -> change(row, frequency));
        }
        chain = chain.chain(() -> changeFrequency(frequency));
        for (Fact f : changes.removed()) {
            chain = chain.chain(() -> session(s -> s.createNativeQuery(
                                    "delete from subject_fact where subject = :subject and fact_key = :key")
                            .setParameter("subject", subject)
                            .setParameter("key", f.key())
                            .executeUpdate())
                    .replaceWithVoid());
        }
        for (Fact f : changes.added()) {
            chain = chain.chain(() -> session(s -> s.createNativeQuery("insert into subject_fact"
                                    + " (subject, fact_key, metric, dim_kind, dim, day, value)"
                                    + " values (:subject, :key, :metric, :dimKind, :dim, :day, :value)"
                                    + " on conflict (subject, fact_key) do update set day = excluded.day,"
                                    + " value = excluded.value")
                            .setParameter("subject", subject)
                            .setParameter("key", f.key())
                            .setParameter("metric", f.metric())
                            .setParameter("dimKind", f.dimKind())
                            .setParameter("dim", f.dim())
                            .setParameter("day", f.day())
                            .setParameter("value", f.value())
                            .executeUpdate())
                    .replaceWithVoid());
        }
        return chain;
    }

    /**
     * The rows a fact counts in: its day row and, for a duration, its month's roll-up row (dimension kind
     * {@code month:<kind>}, day = the month's first), so a year's percentiles merge 12 sketches, not 365.
     */
    public static List<Fact> rowsOf(Fact f) {
        Fact month = new Fact(f.metric(), MONTH + f.dimKind(), f.dim(), f.day().withDayOfMonth(1), f.value());
        if (Metrics.isMonthRolled(f.metric())) {
            return List.of(f, month);
        }
        if (f.metric().equals(Metrics.CUSTOMER_ORDERS)) {
            return List.of(
                    f,
                    month,
                    new Fact(f.metric(), YEAR + f.dimKind(), f.dim(), f.day().withDayOfYear(1), f.value()));
        }
        return List.of(f);
    }

    /** The prefix of the dimension kind of monthly roll-up rows. */
    public static final String MONTH = "month:";

    /** The prefix of the dimension kind of yearly roll-up rows (customer orders only; day = 1 January). */
    public static final String YEAR = "year:";

    private static final String MONTH_CUSTOMER = MONTH + Metrics.CUSTOMER;
    private static final String YEAR_CUSTOMER = YEAR + Metrics.CUSTOMER;

    /** The change to one daily-figure row: counts and totals add up; a duration's sketch is read, changed, written. */
    private static final class RowChange {
        final Fact row;
        long count;
        long total;
        final List<Long> added = new ArrayList<>();
        final List<Long> removed = new ArrayList<>();

        RowChange(Fact row) {
            this.row = row;
        }

        void add(long value) {
            count++;
            total += value;
            added.add(value);
        }

        void remove(long value) {
            count--;
            total -= value;
            removed.add(value);
        }
    }

    private Uni<Void> change(RowChange c, Map<String, long[]> frequency) {
        Fact f = c.row;
        Uni<Integer> counted = session(s -> s.createNativeQuery("insert into daily_figure"
                        + " (day, metric, dim_kind, dim, count, total) values (:day, :metric, :dimKind, :dim, :count,"
                        + " :total) on conflict (metric, dim_kind, day, dim) do update set"
                        + " count = daily_figure.count + excluded.count, total = daily_figure.total + excluded.total")
                .setParameter("day", f.day())
                .setParameter("metric", f.metric())
                .setParameter("dimKind", f.dimKind())
                .setParameter("dim", f.dim())
                .setParameter("count", c.count)
                .setParameter("total", c.total)
                .executeUpdate());
        if (f.metric().equals(Metrics.CUSTOMER_ORDERS)
                && (f.dimKind().equals(MONTH_CUSTOMER) || f.dimKind().equals(YEAR_CUSTOMER))) {
            // The customer's orders in the month (year) went from (now - change) to now: one customer moves
            // between the two buckets of the period's purchase-frequency distribution.
            return counted.chain(() -> session(s -> s.createNativeQuery(
                                    "select count from daily_figure where metric = :metric and dim_kind = :dimKind"
                                            + " and day = :day and dim = :dim",
                                    Long.class)
                            .setParameter("day", f.day())
                            .setParameter("metric", f.metric())
                            .setParameter("dimKind", f.dimKind())
                            .setParameter("dim", f.dim())
                            .getSingleResult()))
                    .invoke(now -> {
                        String kind = f.dimKind().substring(0, f.dimKind().indexOf(':'));
                        long before = now - c.count;
                        if (before > 0) {
                            frequency.computeIfAbsent(frequencyKey(kind, f.day(), before), k -> new long[1])[0]--;
                        }
                        if (now > 0) {
                            frequency.computeIfAbsent(frequencyKey(kind, f.day(), now), k -> new long[1])[0]++;
                        }
                    })
                    .replaceWithVoid();
        }
        if (!Metrics.isDuration(f.metric())) {
            return counted.replaceWithVoid();
        }
        // The upsert above holds the row's lock until commit: the sketch cannot change between read and write.
        return counted.chain(() -> session(s -> s.createNativeQuery(
                                "select sketch from daily_figure where metric = :metric and dim_kind = :dimKind"
                                        + " and day = :day and dim = :dim",
                                byte[].class)
                        .setParameter("day", f.day())
                        .setParameter("metric", f.metric())
                        .setParameter("dimKind", f.dimKind())
                        .setParameter("dim", f.dim())
                        .getSingleResultOrNull()))
                .chain(bytes -> {
                    Sketch sketch = Sketch.fromBytes(bytes);
                    c.removed.forEach(sketch::remove);
                    c.added.forEach(sketch::add);
                    return session(s -> s.createNativeQuery("update daily_figure set sketch = :sketch"
                                    + " where metric = :metric and dim_kind = :dimKind and day = :day and dim = :dim")
                            .setParameter("sketch", sketch.toBytes())
                            .setParameter("day", f.day())
                            .setParameter("metric", f.metric())
                            .setParameter("dimKind", f.dimKind())
                            .setParameter("dim", f.dim())
                            .executeUpdate());
                })
                .replaceWithVoid();
    }

    private static String frequencyKey(String kind, LocalDate period, long orders) {
        return kind + "|" + period + "|" + String.format("%010d", orders);
    }

    private Uni<Void> changeFrequency(Map<String, long[]> frequency) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (var e : frequency.entrySet()) {
            if (e.getValue()[0] == 0) {
                continue;
            }
            String[] key = e.getKey().split("\\|");
            chain = chain.chain(() -> session(s -> s.createNativeQuery("insert into customer_frequency"
                                    + " (period_kind, period, orders, customers) values (:kind, :period, :orders,"
                                    + " :customers) on conflict (period_kind, period, orders) do update set"
                                    + " customers = customer_frequency.customers + excluded.customers")
                            .setParameter("kind", key[0])
                            .setParameter("period", LocalDate.parse(key[1]))
                            .setParameter("orders", Long.parseLong(key[2]))
                            .setParameter("customers", e.getValue()[0])
                            .executeUpdate())
                    .replaceWithVoid());
        }
        return chain;
    }

    /**
     * The purchase-frequency distribution of one calendar month ({@code month}) or year ({@code year}): pairs
     * (orders, customers), kept up to date as orders arrive, so a whole month or year is answered without counting.
     */
    public Uni<List<long[]>> periodFrequency(String kind, LocalDate period) {
        return session(s -> s.createNativeQuery(
                                "select orders, customers from customer_frequency where period_kind = :kind"
                                        + " and period = :period and customers <> 0 order by orders",
                                Object[].class)
                        .setParameter("kind", kind)
                        .setParameter("period", period)
                        .getResultList())
                .map(FigureRepository::pairs);
    }

    private static List<long[]> pairs(List<Object[]> rows) {
        return rows.stream()
                .map(r -> new long[] {((Number) r[0]).longValue(), ((Number) r[1]).longValue()})
                .toList();
    }

    /**
     * The rows of these metrics for one dimension kind over the days {@code [from, to)}; either bound may be null
     * (open). Rows whose count went back to 0 are left out.
     */
    public Uni<List<Row>> rows(Collection<String> metrics, String dimKind, LocalDate from, LocalDate to) {
        StringBuilder sql = new StringBuilder("select day, metric, dim, count, total, sketch from daily_figure"
                + " where metric in (:metrics) and dim_kind = :dimKind and count <> 0");
        if (from != null) {
            sql.append(" and day >= :from");
        }
        if (to != null) {
            sql.append(" and day < :to");
        }
        sql.append(" order by day, metric, dim");
        return session(s -> {
                    Mutiny.SelectionQuery<Object[]> q = s.createNativeQuery(sql.toString(), Object[].class)
                            .setParameter("metrics", List.copyOf(metrics))
                            .setParameter("dimKind", dimKind);
                    if (from != null) {
                        q.setParameter("from", from);
                    }
                    if (to != null) {
                        q.setParameter("to", to);
                    }
                    return q.getResultList();
                })
                .map(rows -> rows.stream()
                        .map(r -> new Row(
                                localDate(r[0]),
                                (String) r[1],
                                (String) r[2],
                                ((Number) r[3]).longValue(),
                                ((Number) r[4]).longValue(),
                                (byte[]) r[5]))
                        .toList());
    }

    /**
     * How many customers placed how many orders in {@code [from, to)}: pairs (orders, customers), by the customer
     * pseudonym's rows added up in the database: the yearly roll-ups for the whole calendar years in the range, the
     * monthly ones for the other whole months, the daily rows for the days left at either end.
     */
    public Uni<List<long[]>> customerFrequency(LocalDate from, LocalDate to) {
        List<Span> spans = Span.cover(from, to);
        StringBuilder union = new StringBuilder();
        for (int i = 0; i < spans.size(); i++) {
            if (i > 0) {
                union.append(" union all ");
            }
            union.append("select dim, count from daily_figure where metric = :metric and dim_kind = :kind")
                    .append(i)
                    .append(" and day >= :from")
                    .append(i)
                    .append(" and day < :to")
                    .append(i);
        }
        if (spans.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        String sql = "select n, count(*) from (select dim, sum(count) as n from (" + union
                + ") r group by dim) c where n > 0 group by n order by n";
        return session(s -> {
                    Mutiny.SelectionQuery<Object[]> q =
                            s.createNativeQuery(sql, Object[].class).setParameter("metric", Metrics.CUSTOMER_ORDERS);
                    for (int i = 0; i < spans.size(); i++) {
                        Span span = spans.get(i);
                        q.setParameter("kind" + i, span.prefix() + Metrics.CUSTOMER)
                                .setParameter("from" + i, span.from())
                                .setParameter("to" + i, span.to());
                    }
                    return q.getResultList();
                })
                .map(FigureRepository::pairs);
    }

    /**
     * A part of a range read from one kind of row: {@code prefix} "" (day rows), {@link #MONTH} or {@link #YEAR}
     * (roll-up rows, whose day is the first of the period) over the row days {@code [from, to)}.
     */
    record Span(String prefix, LocalDate from, LocalDate to) {
        /** The fewest rows covering {@code [from, to)}: whole years, then whole months, then days. */
        static List<Span> cover(LocalDate from, LocalDate to) {
            List<Span> spans = new ArrayList<>();
            LocalDate firstYear =
                    from.getDayOfYear() == 1 ? from : from.withDayOfYear(1).plusYears(1);
            LocalDate endYear = to.withDayOfYear(1);
            if (firstYear.isBefore(endYear)) {
                months(spans, from, firstYear);
                spans.add(new Span(YEAR, firstYear, endYear));
                months(spans, endYear, to);
            } else {
                months(spans, from, to);
            }
            return spans;
        }

        /** {@code [from, to)} as day rows before the whole months, the months' rows, day rows after. */
        static void months(List<Span> spans, LocalDate from, LocalDate to) {
            if (!from.isBefore(to)) {
                return;
            }
            LocalDate firstMonth =
                    from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
            LocalDate endMonth = to.withDayOfMonth(1);
            if (!firstMonth.isBefore(endMonth)) {
                spans.add(new Span("", from, to));
                return;
            }
            if (from.isBefore(firstMonth)) {
                spans.add(new Span("", from, firstMonth));
            }
            spans.add(new Span(MONTH, firstMonth, endMonth));
            if (endMonth.isBefore(to)) {
                spans.add(new Span("", endMonth, to));
            }
        }
    }

    /**
     * One metric's count and total per dimension value over {@code [from, to)}, from the monthly roll-ups for the
     * whole months and the day rows for the rest (metrics with monthly roll-ups only: SKU units).
     */
    public Uni<List<Row>> totalsByDimRolledUp(String metric, String dimKind, LocalDate from, LocalDate to) {
        List<Span> spans = new ArrayList<>();
        Span.months(spans, from, to);
        Uni<List<Row>> all = Uni.createFrom().item(List.of());
        for (Span span : spans) {
            all = all.chain(before -> totalsByDim(metric, span.prefix() + dimKind, span.from(), span.to())
                    .map(rows -> {
                        List<Row> merged = new ArrayList<>(before);
                        merged.addAll(rows);
                        return merged;
                    }));
        }
        return all.map(rows -> {
            Map<String, long[]> byDim = new TreeMap<>();
            rows.forEach(r -> {
                long[] t = byDim.computeIfAbsent(r.dim(), d -> new long[2]);
                t[0] += r.count();
                t[1] += r.total();
            });
            List<Row> merged = new ArrayList<>();
            byDim.forEach((dim, t) -> {
                if (t[0] != 0) {
                    merged.add(new Row(from, metric, dim, t[0], t[1], null));
                }
            });
            return merged;
        });
    }

    /** One metric's count and total per dimension value over {@code [from, to)}, added up in the database. */
    public Uni<List<Row>> totalsByDim(String metric, String dimKind, LocalDate from, LocalDate to) {
        return session(s -> s.createNativeQuery(
                                "select dim, sum(count), sum(total) from daily_figure where metric = :metric"
                                        + " and dim_kind = :kind and day >= :from and day < :to group by dim"
                                        + " having sum(count) <> 0 order by dim",
                                Object[].class)
                        .setParameter("metric", metric)
                        .setParameter("kind", dimKind)
                        .setParameter("from", from)
                        .setParameter("to", to)
                        .getResultList())
                .map(rows -> rows.stream()
                        .map(r -> new Row(
                                from,
                                metric,
                                (String) r[0],
                                ((Number) r[1]).longValue(),
                                ((Number) r[2]).longValue(),
                                null))
                        .toList());
    }

    /**
     * The rows of these duration metrics over {@code [from, to)}, from the month roll-ups for the whole months in it
     * and the day rows for the days before and after them (both ends open: every month; one end open: day rows). Each row's day is the first
     * day it covers; for sketches and totals, not for grouping by day.
     */
    public Uni<List<Row>> durationRows(Collection<String> metrics, String dimKind, LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return rows(metrics, MONTH + dimKind, null, null);
        }
        if (from == null || to == null) {
            return rows(metrics, dimKind, from, to);
        }
        LocalDate firstMonth =
                from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate endMonth = to.withDayOfMonth(1);
        if (!firstMonth.isBefore(endMonth)) {
            return rows(metrics, dimKind, from, to);
        }
        return rows(metrics, dimKind, from, firstMonth)
                .chain(before -> rows(metrics, MONTH + dimKind, firstMonth, endMonth)
                        .chain(months -> rows(metrics, dimKind, endMonth, to).map(after -> {
                            List<Row> all = new ArrayList<>(before);
                            all.addAll(months);
                            all.addAll(after);
                            return all;
                        })));
    }

    public static LocalDate localDate(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return LocalDate.parse(value.toString());
    }

    private static <T> Uni<T> session(java.util.function.Function<Mutiny.Session, Uni<T>> work) {
        return Panache.getSession().chain(s -> work.apply(s));
    }
}
