package com.smartstore.oms.analytics.domain;

import com.smartstore.oms.contracts.events.ExchangeRequested;
import com.smartstore.oms.contracts.events.QualityDefectReported;
import com.smartstore.oms.contracts.events.RefundIssued;
import com.smartstore.oms.contracts.events.ReturnReceived;
import com.smartstore.oms.contracts.events.ReturnRequested;
import com.smartstore.oms.contracts.events.ReturnResolved;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The facts each returns event adds to the daily figures (R-A5), from that event alone, on the UTC day of its
 * CloudEvents time. Each is its own subject (the return, its exchange, its receipt, its resolution, the refund, the QC
 * sample), so the same event delivered again or published again replaces its facts with the same ones.
 *
 * <p>Counts are of events (tickets, exchanges, samples...); totals are units, or cents for money. The return rate is
 * a flow: units asked back in a period over units shipped in it (shipped units: {@link OrderFacts}).
 */
public final class ReturnFacts {

    /** A return ticket: one per ticket overall, per reason and per requested outcome (totals: its units), per SKU. */
    public static List<Fact> requested(ReturnRequested r, Instant at) {
        LocalDate day = OrderFacts.day(at);
        Map<String, Long> units = units(r.lines().stream()
                .map(l -> Map.entry(l.sku(), (long) l.quantity()))
                .toList());
        long total = units.values().stream().mapToLong(Long::longValue).sum();
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact(Metrics.RETURN_REQUESTED, Metrics.ALL, Metrics.ALL, day, total));
        facts.add(new Fact(Metrics.RETURN_REQUESTED, Metrics.REASON, r.reason(), day, total));
        facts.add(new Fact(Metrics.RETURN_REQUESTED, Metrics.OUTCOME, orUnknown(r.requestedOutcome()), day, total));
        units.forEach((sku, n) -> facts.add(new Fact(Metrics.RETURN_UNITS, Metrics.SKU, sku, day, n)));
        return facts;
    }

    /** An exchange: one overall (total: its units) and its units per SKU. */
    public static List<Fact> exchange(ExchangeRequested e, Instant at) {
        LocalDate day = OrderFacts.day(at);
        Map<String, Long> units = units(e.lines().stream()
                .map(l -> Map.entry(l.sku(), (long) l.quantity()))
                .toList());
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact(
                Metrics.EXCHANGE,
                Metrics.ALL,
                Metrics.ALL,
                day,
                units.values().stream().mapToLong(Long::longValue).sum()));
        units.forEach((sku, n) -> facts.add(new Fact(Metrics.EXCHANGE_UNITS, Metrics.SKU, sku, day, n)));
        return facts;
    }

    /** Goods received back: one receipt overall (total: units), its units per disposition. */
    public static List<Fact> received(ReturnReceived r, Instant at) {
        LocalDate day = OrderFacts.day(at);
        Map<String, Long> byDisposition = units(r.items().stream()
                .map(i -> Map.entry(i.disposition().name(), (long) i.quantity()))
                .toList());
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact(
                Metrics.RETURN_RECEIVED,
                Metrics.ALL,
                Metrics.ALL,
                day,
                byDisposition.values().stream().mapToLong(Long::longValue).sum()));
        byDisposition.forEach((d, n) -> facts.add(new Fact(Metrics.RETURN_RECEIVED, Metrics.DISPOSITION, d, day, n)));
        return facts;
    }

    /** A ticket closed: overall and per outcome (total: what was paid back, in cents). */
    public static List<Fact> resolved(ReturnResolved r, Instant at) {
        LocalDate day = OrderFacts.day(at);
        long cents = cents(r.refundAmount());
        return List.of(
                new Fact(Metrics.RETURN_RESOLVED, Metrics.ALL, Metrics.ALL, day, cents),
                new Fact(Metrics.RETURN_RESOLVED, Metrics.OUTCOME, r.outcome().name(), day, cents));
    }

    /** A refund issued (total: its amount in cents). */
    public static List<Fact> refund(RefundIssued r, Instant at) {
        return List.of(new Fact(Metrics.REFUND, Metrics.ALL, Metrics.ALL, OrderFacts.day(at), cents(r.amount())));
    }

    /** A QC sample's defect cause: overall, per cause and per SKU (totals: the units of the SKU on the ticket). */
    public static List<Fact> defect(QualityDefectReported q, Instant at) {
        LocalDate day = OrderFacts.day(at);
        return List.of(
                new Fact(Metrics.QC_DEFECT, Metrics.ALL, Metrics.ALL, day, q.quantity()),
                new Fact(Metrics.QC_DEFECT, Metrics.CAUSE, q.cause().name(), day, q.quantity()),
                new Fact(Metrics.QC_DEFECT, Metrics.SKU, q.sku(), day, q.quantity()));
    }

    private static Map<String, Long> units(List<Map.Entry<String, Long>> lines) {
        Map<String, Long> units = new TreeMap<>();
        lines.forEach(l -> units.merge(l.getKey(), l.getValue(), Long::sum));
        return units;
    }

    private static String orUnknown(String value) {
        return value == null || value.isBlank() ? Metrics.UNKNOWN : value;
    }

    private static long cents(BigDecimal amount) {
        return amount == null ? 0 : amount.movePointRight(2).longValue();
    }

    private ReturnFacts() {}
}
