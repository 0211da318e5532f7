package com.smartstore.oms.shipping.repository;

import com.smartstore.oms.kit.persistence.Page;
import com.smartstore.oms.kit.persistence.Where;
import com.smartstore.oms.shipping.domain.Shipment;
import com.smartstore.oms.shipping.domain.ShipmentStatus;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Shipments, and the dispatch queue ordered by deadline (R-S2). */
@ApplicationScoped
public class ShipmentRepository implements PanacheRepositoryBase<Shipment, UUID> {
    /** Earliest ship-by time first (R-S2), shipments whose order is not known yet after them, then oldest first. */
    static final Sort QUEUE_ORDER = Sort.by("shipBy", Sort.Direction.Ascending, Sort.NullPrecedence.NULLS_LAST)
            .and("createdAt")
            .and("id");

    /** The shipment of a pick list, or null. */
    public Uni<Shipment> findByPickList(UUID pickListId) {
        return find("pickListId", pickListId).firstResult();
    }

    public Uni<List<Shipment>> forOrder(UUID orderId) {
        return list("orderId", QUEUE_ORDER, orderId);
    }

    /**
     * The order a shipment belongs to, or null if there is no such shipment; read without loading the shipment, so
     * a caller can lock the order's gate before it loads and locks the shipment.
     */
    public Uni<UUID> orderOf(UUID shipmentId) {
        return getSession()
                .chain(session -> session.createSelectionQuery(
                                "select s.orderId from Shipment s where s.id = :id", UUID.class)
                        .setParameter("id", shipmentId)
                        .getSingleResultOrNull());
    }

    /** The id of the shipment that left with this carrier (any case) under this tracking number, or null. */
    public Uni<UUID> byTrackingNumber(String carrier, String trackingNumber) {
        return getSession()
                .chain(session -> session.createSelectionQuery(
                                "select s.id from Shipment s where s.trackingNumber = :trackingNumber"
                                        + " and lower(s.carrier) = lower(:carrier) order by s.shippedAt desc",
                                UUID.class)
                        .setParameter("carrier", carrier)
                        .setParameter("trackingNumber", trackingNumber)
                        .setMaxResults(1)
                        .getSingleResultOrNull());
    }

    /**
     * Shipped parcels on their way that nobody has heard of since before {@code cutoff} (their last tracking update,
     * or their dispatch) and that are not flagged yet, longest silent first, at most {@code limit} (not locked:
     * {@link #markStale} decides who flags each).
     */
    public Uni<List<Shipment>> silentSince(Instant cutoff, int limit) {
        return find(
                        "status = ?1 and staleFlaggedAt is null and coalesce(lastTrackingAt, shippedAt) < ?2"
                                + " and (deliveryStatus is null or deliveryStatus not in ?3)"
                                + " order by coalesce(lastTrackingAt, shippedAt), id",
                        ShipmentStatus.SHIPPED,
                        cutoff,
                        Shipment.JOURNEY_OVER)
                .page(0, limit)
                .list();
    }

    /**
     * Flags a silent parcel unless it is flagged already or news arrived meanwhile; true if this call did it. Safe
     * with several instances: a concurrent second update waits for the first and then matches no row.
     */
    public Uni<Boolean> markStale(UUID id, Instant cutoff, Instant now) {
        return update(
                        "staleFlaggedAt = ?1 where id = ?2 and staleFlaggedAt is null"
                                + " and coalesce(lastTrackingAt, shippedAt) < ?3",
                        now,
                        id,
                        cutoff)
                .map(updated -> updated == 1);
    }

    /** Locked until the transaction ends, so two dispatches of one shipment cannot both succeed. */
    public Uni<Shipment> findForUpdate(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Shipments in queue order, optionally only those in a status, of an order, of a carrier, and waiting with a
     * ship-by time before {@code shipByBefore} (at risk, overdue); one page of them and how many match.
     */
    public Uni<Page<Shipment>> queue(
            ShipmentStatus status, UUID orderId, String carrier, Instant shipByBefore, int page, int size) {
        return new Where()
                .equal("status", status)
                .equal("orderId", orderId)
                .equal("carrier", carrier)
                .when(
                        shipByBefore != null,
                        "status = :waiting and shipBy < :shipByBefore",
                        "waiting",
                        ShipmentStatus.WAITING_DISPATCH,
                        "shipByBefore",
                        shipByBefore)
                .pageWithTotal(this, QUEUE_ORDER, page, size);
    }

    /** Waiting shipments past their ship-by time and not escalated yet, earliest first (not locked: see below). */
    public Uni<List<Shipment>> pastShipBy(Instant now, int limit) {
        return find(
                        "status = ?1 and shipBreachedAt is null and shipBy < ?2 order by shipBy, id",
                        ShipmentStatus.WAITING_DISPATCH,
                        now)
                .page(0, limit)
                .list();
    }

    /**
     * Marks a shipment escalated for missing its ship-by time unless it left, or was escalated, meanwhile; true if
     * this call did it (safe with several instances).
     */
    public Uni<Boolean> markShipBreached(UUID id, Instant now) {
        return update(
                        "shipBreachedAt = ?1 where id = ?2 and shipBreachedAt is null and status = ?3 and shipBy < ?1",
                        now,
                        id,
                        ShipmentStatus.WAITING_DISPATCH)
                .map(updated -> updated == 1);
    }
}
