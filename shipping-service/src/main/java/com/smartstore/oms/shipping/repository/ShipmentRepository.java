package com.smartstore.oms.shipping.repository;

import com.smartstore.oms.kit.persistence.Where;
import com.smartstore.oms.shipping.domain.Shipment;
import com.smartstore.oms.shipping.domain.ShipmentStatus;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.UUID;

/** Shipments, and the dispatch queue ordered by deadline (R-S2). */
@ApplicationScoped
public class ShipmentRepository implements PanacheRepositoryBase<Shipment, UUID> {
    /** Earliest requested ship date first, shipments without one after them, then oldest first. */
    static final Sort QUEUE_ORDER = Sort.by(
                    "requestedShipDate", Sort.Direction.Ascending, Sort.NullPrecedence.NULLS_LAST)
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

    /** Locked until the transaction ends, so two dispatches of one shipment cannot both succeed. */
    public Uni<Shipment> findForUpdate(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Shipments in queue order, optionally only those in a status and/or of an order. */
    public Uni<List<Shipment>> queue(ShipmentStatus status, UUID orderId, int page, int size) {
        return new Where().equal("status", status).equal("orderId", orderId).page(this, QUEUE_ORDER, page, size);
    }
}
