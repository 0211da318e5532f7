package com.smartstore.oms.analytics.repository;

import com.smartstore.oms.analytics.domain.OrderTimeline;
import com.smartstore.oms.analytics.domain.ShippedOrderTimes;
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
import org.hibernate.reactive.mutiny.Mutiny;

/** Order timelines: written by atomic upserts that keep the earliest time of each step, read for reports. */
@ApplicationScoped
public class OrderTimelineRepository implements PanacheRepositoryBase<OrderTimeline, UUID> {

    /**
     * Records that a step happened at {@code at}, creating the order's row if this is its first event.
     * The earliest time wins ({@code least} ignores the null of a step not seen yet), so the result does
     * not depend on the order events arrive in, and a later repeat of a step does not move it.
     */
    public Uni<Void> recordStep(UUID orderId, Step step, Instant at) {
        String column = step.column();
        String sql = "insert into order_timeline (order_id, " + column + ") values (:orderId, :at)"
                + " on conflict (order_id) do update set " + column
                + " = least(order_timeline." + column + ", excluded." + column + ")";
        return getSession()
                .chain(s -> s.createNativeQuery(sql)
                        .setParameter("orderId", orderId)
                        .setParameter("at", utc(at))
                        .executeUpdate())
                .replaceWithVoid();
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
            int lineCount) {
        return getSession()
                .chain(s -> s.createNativeQuery("update order_timeline set revision = :revision,"
                                + " order_number = :orderNumber, channel = :channel,"
                                + " customer_pseudonym = :pseudonym, total_amount = :total,"
                                + " currency = :currency, line_count = :lineCount"
                                + " where order_id = :orderId and (revision is null or revision <= :revision)")
                        .setParameter("orderId", orderId)
                        .setParameter("revision", revision)
                        .setParameter("orderNumber", orderNumber)
                        .setParameter("channel", channel)
                        .setParameter("pseudonym", customerPseudonym)
                        .setParameter("total", totalAmount)
                        .setParameter("currency", currency)
                        .setParameter("lineCount", lineCount)
                        .executeUpdate())
                .replaceWithVoid();
    }

    /** Step times of the orders shipped in {@code [from, to)}; either bound may be null (open). */
    public Uni<List<ShippedOrderTimes>> shippedBetween(Instant from, Instant to) {
        StringBuilder hql = new StringBuilder("select new ")
                .append(ShippedOrderTimes.class.getName())
                .append("(t.receivedAt, t.approvedAt, t.pickedAt, t.shippedAt)")
                .append(" from OrderTimeline t where t.shippedAt is not null");
        if (from != null) {
            hql.append(" and t.shippedAt >= :from");
        }
        if (to != null) {
            hql.append(" and t.shippedAt < :to");
        }
        return getSession().chain(s -> {
            Mutiny.SelectionQuery<ShippedOrderTimes> query =
                    s.createSelectionQuery(hql.toString(), ShippedOrderTimes.class);
            if (from != null) {
                query.setParameter("from", from);
            }
            if (to != null) {
                query.setParameter("to", to);
            }
            return query.getResultList();
        });
    }

    /** Binds as timestamptz whatever the JVM's time zone. */
    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
