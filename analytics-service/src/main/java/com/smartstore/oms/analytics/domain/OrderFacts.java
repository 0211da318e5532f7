package com.smartstore.oms.analytics.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The facts one order adds to the daily figures, computed from everything known of it (never from the order events
 * arrived in): an order's figures are a function of its state, so the service replaces the order's previous facts
 * with these whenever its state changes, and any arrival order or repetition of its events ends in the same figures.
 *
 * <p>A stage duration counts on the day its end happened, once both its ends are known; per channel and per
 * warehouse as well as overall ({@code unknown} until order-received or picked told them). A staff correction of a
 * stage ({@code corrections}, seconds) replaces the measured value; the events stay as they were.
 */
public final class OrderFacts {

    public static List<Fact> of(OrderState o, Map<String, Long> correctedSeconds) {
        List<Fact> facts = new ArrayList<>();
        String channel = o.channel() == null ? Metrics.UNKNOWN : o.channel();
        String warehouse = o.warehouse() == null ? Metrics.UNKNOWN : o.warehouse();

        if (o.receivedAt() != null && o.totalCents() != null) {
            LocalDate day = day(o.receivedAt());
            facts.add(new Fact(Metrics.RECEIVED, Metrics.ALL, Metrics.ALL, day, o.totalCents()));
            facts.add(new Fact(Metrics.RECEIVED, Metrics.CHANNEL, channel, day, o.totalCents()));
            if (o.customerPseudonym() != null) {
                facts.add(new Fact(
                        Metrics.CUSTOMER_ORDERS, Metrics.CUSTOMER, o.customerPseudonym(), day, o.totalCents()));
            }
            o.skuUnits().forEach((sku, units) -> facts.add(new Fact(Metrics.SKU_UNITS, Metrics.SKU, sku, day, units)));
            // Who keyed it in (R-A7): entered, and whether the entry was rejected or corrected (a new revision).
            staff(facts, Metrics.STAFF_ENTERED, o.enteredBy(), o.receivedAt());
            if (o.rejectedAt() != null || (o.revision() != null && o.revision() > 1)) {
                staff(facts, Metrics.STAFF_ENTRY_FAULT, o.enteredBy(), o.receivedAt());
            }
        }
        if (o.rejectedAt() != null) {
            everywhere(facts, Metrics.REJECTED, day(o.rejectedAt()), 0, channel, null);
            staff(facts, Metrics.STAFF_REJECTED, o.rejectedBy(), o.rejectedAt());
        }
        if (o.cancelledAt() != null) {
            everywhere(facts, Metrics.CANCELLED, day(o.cancelledAt()), 0, channel, null);
            staff(facts, Metrics.STAFF_CANCELLED, o.cancelledBy(), o.cancelledAt());
        }
        staff(facts, Metrics.STAFF_APPROVED, o.approvedBy(), o.approvedAt());
        staff(facts, Metrics.STAFF_PICKED, o.pickedBy(), o.pickedAt());
        staff(facts, Metrics.STAFF_SHIPPED, o.shippedBy(), o.shippedAt());
        if (o.lastShippedAt() != null) {
            everywhere(facts, Metrics.SHIPPED, day(o.lastShippedAt()), 0, channel, warehouse);
            // The order's units count as shipped on its last shipment's day (the denominator of return rates).
            if (!o.skuUnits().isEmpty()) {
                LocalDate shipped = day(o.lastShippedAt());
                long units = 0;
                for (var e : o.skuUnits().entrySet()) {
                    facts.add(new Fact(Metrics.SHIPPED_UNITS, Metrics.SKU, e.getKey(), shipped, e.getValue()));
                    units += e.getValue();
                }
                facts.add(new Fact(Metrics.SHIPPED_UNITS, Metrics.ALL, Metrics.ALL, shipped, units));
            }
        }

        if (o.lastShippedAt() != null) {
            // Time-to-ship's stages: the shipped order's, on the day of its last shipment (R-A4).
            LocalDate shipped = day(o.lastShippedAt());
            overall(
                    facts,
                    Metrics.TTS_RECEIVED_TO_APPROVED,
                    o.receivedAt(),
                    o.approvedAt(),
                    shipped,
                    corrections(correctedSeconds, Metrics.RECEIVED_TO_APPROVED));
            overall(
                    facts,
                    Metrics.TTS_APPROVED_TO_PICKED,
                    o.approvedAt(),
                    o.pickedAt(),
                    shipped,
                    corrections(correctedSeconds, Metrics.APPROVED_TO_PICKED));
            overall(
                    facts,
                    Metrics.TTS_PICKED_TO_SHIPPED,
                    o.pickedAt(),
                    o.lastShippedAt(),
                    shipped,
                    corrections(correctedSeconds, Metrics.PICKED_TO_SHIPPED));
        }
        stage(
                facts,
                Metrics.RECEIVED_TO_SHIPPED,
                o.receivedAt(),
                o.lastShippedAt(),
                channel,
                warehouse,
                correctedSeconds);
        stage(
                facts,
                Metrics.RECEIVED_TO_APPROVED,
                o.receivedAt(),
                o.approvedAt(),
                channel,
                warehouse,
                correctedSeconds);
        if (o.heldAt() != null) {
            stage(facts, Metrics.MANUAL_REVIEW, o.heldAt(), decision(o), channel, warehouse, correctedSeconds);
        }
        stage(facts, Metrics.APPROVED_TO_PICKED, o.approvedAt(), o.pickedAt(), channel, warehouse, correctedSeconds);
        stage(facts, Metrics.PICKED_TO_SHIPPED, o.pickedAt(), o.lastShippedAt(), channel, warehouse, correctedSeconds);
        stage(
                facts,
                Metrics.SHIPPED_TO_DELIVERED,
                o.lastShippedAt(),
                o.deliveredAt(),
                channel,
                warehouse,
                correctedSeconds);
        return facts;
    }

    /** The end of manual review: the first decision, approval or rejection. */
    static Instant decision(OrderState o) {
        if (o.approvedAt() == null) {
            return o.rejectedAt();
        }
        if (o.rejectedAt() == null) {
            return o.approvedAt();
        }
        return o.approvedAt().isBefore(o.rejectedAt()) ? o.approvedAt() : o.rejectedAt();
    }

    private static void stage(
            List<Fact> facts,
            String metric,
            Instant start,
            Instant end,
            String channel,
            String warehouse,
            Map<String, Long> correctedSeconds) {
        if (start == null || end == null) {
            return;
        }
        Long corrected = correctedSeconds.get(metric);
        long millis = corrected != null
                ? corrected * 1000
                : Duration.between(start, end).toMillis();
        everywhere(facts, metric, day(end), millis, channel, warehouse);
    }

    private static Long corrections(Map<String, Long> correctedSeconds, String stage) {
        return correctedSeconds.get(stage);
    }

    private static void overall(
            List<Fact> facts, String metric, Instant start, Instant end, LocalDate day, Long correctedSeconds) {
        if (start != null && end != null) {
            long millis = correctedSeconds != null
                    ? correctedSeconds * 1000
                    : Duration.between(start, end).toMillis();
            facts.add(new Fact(metric, Metrics.ALL, Metrics.ALL, day, millis));
        }
    }

    private static void everywhere(
            List<Fact> facts, String metric, LocalDate day, long value, String channel, String warehouse) {
        facts.add(new Fact(metric, Metrics.ALL, Metrics.ALL, day, value));
        facts.add(new Fact(metric, Metrics.CHANNEL, channel, day, value));
        if (warehouse != null) {
            facts.add(new Fact(metric, Metrics.WAREHOUSE, warehouse, day, value));
        }
    }

    private static void staff(List<Fact> facts, String metric, String user, Instant at) {
        if (user != null && at != null) {
            facts.add(new Fact(metric, Metrics.USER, user, day(at), 0));
        }
    }

    /** The UTC day an instant falls on: every daily figure is a UTC day. */
    public static LocalDate day(Instant at) {
        return at.atOffset(ZoneOffset.UTC).toLocalDate();
    }

    /** Facts by key; a subject's facts have distinct keys (a later one with the same key is a programming error). */
    public static Map<String, Fact> byKey(List<Fact> facts) {
        Map<String, Fact> map = new LinkedHashMap<>();
        for (Fact f : facts) {
            if (map.put(f.key(), f) != null) {
                throw new IllegalStateException("two facts with the key " + f.key());
            }
        }
        return map;
    }

    private OrderFacts() {}
}
