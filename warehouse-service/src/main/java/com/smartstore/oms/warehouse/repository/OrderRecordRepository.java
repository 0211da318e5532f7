package com.smartstore.oms.warehouse.repository;

import com.smartstore.oms.contracts.events.OrderCancelled;
import com.smartstore.oms.contracts.events.ReplacementRequested;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/**
 * Facts about orders and returns the warehouse must remember beyond its stock: cancelled orders (an approval arriving
 * after the cancellation reserves nothing) and returns already handled (a return is restocked once).
 */
@ApplicationScoped
public class OrderRecordRepository {

    /**
     * Serialises the handling of one order's events (approval, cancellation, amendment arrive on different topics
     * and may run at once) until the transaction ends; taken before any row lock.
     */
    public Uni<Void> lockOrder(UUID orderId) {
        return Panache.getSession()
                .chain(s -> s.createNativeQuery(
                                "select count(*) from (select pg_advisory_xact_lock(hashtextextended(:order, 6))) l",
                                Long.class)
                        .setParameter("order", orderId.toString())
                        .getSingleResult())
                .replaceWithVoid();
    }

    /** Records the cancellation; false if it was recorded already. */
    public Uni<Boolean> recordCancelled(OrderCancelled cancelled) {
        return Panache.getSession()
                .chain(s -> s.createNativeQuery("insert into cancelled_order"
                                + " (order_id, order_number, reason, cancelled_by, cancelled_at)"
                                + " values (:order, :number, :reason, :by, :at) on conflict do nothing")
                        .setParameter("order", cancelled.orderId())
                        .setParameter("number", cancelled.orderNumber())
                        .setParameter("reason", cancelled.reason())
                        .setParameter("by", cancelled.cancelledBy())
                        .setParameter("at", cancelled.cancelledAt())
                        .executeUpdate())
                .map(inserted -> inserted == 1);
    }

    public Uni<Boolean> isCancelled(UUID orderId) {
        return Panache.getSession()
                .chain(s -> s.createNativeQuery(
                                "select count(*) from cancelled_order where order_id = :order", Long.class)
                        .setParameter("order", orderId)
                        .getSingleResult())
                .map(count -> count > 0);
    }

    /** Claims a replacement (a resend, issue 11) for handling; false if its case was handled already (any event id). */
    public Uni<Boolean> claimReplacement(ReplacementRequested request, Instant now) {
        return Panache.getSession()
                .chain(s -> s.createNativeQuery("insert into replacement_request"
                                + " (case_id, order_id, lost_shipment_id, requested_by, requested_at, handled_at)"
                                + " values (:case, :order, :lost, :by, :at, :now) on conflict do nothing")
                        .setParameter("case", request.caseId())
                        .setParameter("order", request.orderId())
                        .setParameter("lost", request.lostShipmentId())
                        .setParameter("by", request.requestedBy())
                        .setParameter("at", request.requestedAt())
                        .setParameter("now", now)
                        .executeUpdate())
                .map(inserted -> inserted == 1);
    }

    /** Claims a return for handling; false if it was handled already (under any event id). */
    public Uni<Boolean> claimReturn(UUID returnId, Instant now) {
        return Panache.getSession()
                .chain(s -> s.createNativeQuery("insert into handled_return (return_id, handled_at)"
                                + " values (:id, :at) on conflict do nothing")
                        .setParameter("id", returnId)
                        .setParameter("at", now)
                        .executeUpdate())
                .map(inserted -> inserted == 1);
    }
}
