package com.smartstore.oms.analytics.repository;

import com.smartstore.oms.analytics.domain.OrderState;
import com.smartstore.oms.analytics.domain.OrderTimeline;
import com.smartstore.oms.analytics.domain.Step;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Order timelines: written by atomic upserts that keep the earliest time of each step, read for reports. */
@ApplicationScoped
public class OrderTimelineRepository implements PanacheRepositoryBase<OrderTimeline, UUID> {

    /**
     * Records that a step happened at {@code at}, creating the order's row if this is its first event.
     * The earliest time wins ({@code least} ignores the null of a step not seen yet), so the result does
     * not depend on the order events arrive in, and a later repeat of a step does not move it; the step's
     * attributes ({@code values}, in the order of {@link Step#attributes()}) are those of its earliest event.
     */
    public Uni<Void> recordStep(UUID orderId, Step step, Instant at, String... values) {
        String column = step.column();
        List<String> attributes = step.attributes();
        if (values.length != attributes.size()) {
            throw new IllegalArgumentException(step + " takes " + attributes + ", not " + values.length + " values");
        }
        StringBuilder sql = new StringBuilder("insert into order_timeline (order_id, ").append(column);
        attributes.forEach(a -> sql.append(", ").append(a));
        sql.append(") values (:orderId, :at");
        for (int i = 0; i < attributes.size(); i++) {
            sql.append(", :a").append(i);
        }
        sql.append(") on conflict (order_id) do update set ")
                .append(column)
                .append(" = least(order_timeline.")
                .append(column)
                .append(", excluded.")
                .append(column)
                .append(")");
        for (String a : attributes) {
            sql.append(", ").append(a).append(" = case when order_timeline.").append(column);
            sql.append(" is null or excluded.")
                    .append(column)
                    .append(" < order_timeline.")
                    .append(column);
            sql.append(" then excluded.")
                    .append(a)
                    .append(" else order_timeline.")
                    .append(a)
                    .append(" end");
        }
        return getSession()
                .chain(s -> {
                    var query = s.createNativeQuery(sql.toString())
                            .setParameter("orderId", orderId)
                            .setParameter("at", utc(at));
                    for (int i = 0; i < values.length; i++) {
                        query.setParameter("a" + i, values[i]);
                    }
                    return query.executeUpdate();
                })
                .replaceWithVoid();
    }

    /**
     * Records a shipment or a delivery of an order whose parcels may go separately: the latest time wins
     * ({@code last_shipped_at}, {@code delivered_at}), so a split order is measured to its last parcel.
     */
    public Uni<Void> recordLatest(UUID orderId, String column, Instant at) {
        if (!column.equals("last_shipped_at") && !column.equals("delivered_at")) {
            throw new IllegalArgumentException("not a latest-time column: " + column);
        }
        String sql = "insert into order_timeline (order_id, " + column + ") values (:orderId, :at)"
                + " on conflict (order_id) do update set " + column
                + " = greatest(order_timeline." + column + ", excluded." + column + ")";
        return getSession()
                .chain(s -> s.createNativeQuery(sql)
                        .setParameter("orderId", orderId)
                        .setParameter("at", utc(at))
                        .executeUpdate())
                .replaceWithVoid();
    }

    /** Everything known of an order, read in the current transaction (after its upsert, so the row exists). */
    public Uni<OrderState> state(UUID orderId) {
        return getSession()
                .chain(s -> s.createNativeQuery(
                                "select channel, customer_pseudonym, total_amount, sku_units, received_at, held_at,"
                                        + " approved_at, approved_by, rejected_at, rejected_by, picked_at, picked_by,"
                                        + " warehouse, shipped_at, shipped_by, last_shipped_at, delivered_at,"
                                        + " cancelled_at, cancelled_by, revision, entered_by from order_timeline"
                                        + " where order_id = :id",
                                Object[].class)
                        .setParameter("id", orderId)
                        .getSingleResult())
                .map(r -> new OrderState(
                        (String) r[0],
                        (String) r[1],
                        r[2] == null
                                ? null
                                : ((BigDecimal) r[2]).movePointRight(2).longValue(),
                        SkuUnits.parse((String) r[3]),
                        instant(r[4]),
                        instant(r[5]),
                        instant(r[6]),
                        (String) r[7],
                        instant(r[8]),
                        (String) r[9],
                        instant(r[10]),
                        (String) r[11],
                        (String) r[12],
                        instant(r[13]),
                        (String) r[14],
                        instant(r[15]),
                        instant(r[16]),
                        instant(r[17]),
                        (String) r[18],
                        r[19] == null ? null : ((Number) r[19]).intValue(),
                        (String) r[20]));
    }

    public static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.ZonedDateTime z) {
            return z.toInstant();
        }
        if (value instanceof java.time.LocalDateTime l) {
            return l.toInstant(ZoneOffset.UTC);
        }
        throw new IllegalStateException("not a timestamp: " + value.getClass());
    }

    /**
     * Stores the order's non-personal facts from an order-received of this revision, unless a newer
     * revision has described the order already. The row exists: {@link #recordStep} ran first.
     */
    public Uni<Void> describe(
            UUID orderId,
            int revision,
            String orderNumber,
            String channel,
            String customerPseudonym,
            BigDecimal totalAmount,
            String currency,
            int lineCount,
            String skuUnits) {
        return getSession()
                .chain(s -> s.createNativeQuery("update order_timeline set revision = :revision,"
                                + " order_number = :orderNumber, channel = :channel,"
                                + " customer_pseudonym = :pseudonym, total_amount = :total,"
                                + " currency = :currency, line_count = :lineCount, sku_units = :skuUnits"
                                + " where order_id = :orderId and (revision is null or revision <= :revision)")
                        .setParameter("orderId", orderId)
                        .setParameter("revision", revision)
                        .setParameter("orderNumber", orderNumber)
                        .setParameter("channel", channel)
                        .setParameter("pseudonym", customerPseudonym)
                        .setParameter("total", totalAmount)
                        .setParameter("currency", currency)
                        .setParameter("lineCount", lineCount)
                        .setParameter("skuUnits", skuUnits)
                        .executeUpdate())
                .replaceWithVoid();
    }

    /**
     * Who keyed the order in (order-received's {@code enteredBy}; every revision names the same person): the first
     * named is kept, whatever order the revisions arrive in.
     */
    public Uni<Void> enteredBy(UUID orderId, String user) {
        if (user == null) {
            return Uni.createFrom().voidItem();
        }
        return getSession()
                .chain(s -> s.createNativeQuery("update order_timeline set entered_by = :user"
                                + " where order_id = :orderId and entered_by is null")
                        .setParameter("orderId", orderId)
                        .setParameter("user", user)
                        .executeUpdate())
                .replaceWithVoid();
    }

    /** Binds as timestamptz whatever the JVM's time zone. */
    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
