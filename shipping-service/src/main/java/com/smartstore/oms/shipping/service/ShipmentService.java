package com.smartstore.oms.shipping.service;

import com.smartstore.oms.contracts.events.OrderCancelled;
import com.smartstore.oms.contracts.events.Picked;
import com.smartstore.oms.contracts.events.Shipped;
import com.smartstore.oms.kit.outbox.Outbox;
import com.smartstore.oms.kit.rest.ApiException;
import com.smartstore.oms.shipping.domain.CancelledOrder;
import com.smartstore.oms.shipping.domain.Shipment;
import com.smartstore.oms.shipping.domain.ShipmentStateException;
import com.smartstore.oms.shipping.repository.CancelledOrderRepository;
import com.smartstore.oms.shipping.repository.OrderInfoRepository;
import com.smartstore.oms.shipping.repository.ShipmentRepository;
import com.smartstore.oms.shipping.rest.DispatchRequest;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Shipments: opened when a pick list is packed, dispatched with a carrier, which emits {@code shipped}. */
@ApplicationScoped
public class ShipmentService {
    private static final Logger LOG = Logger.getLogger(ShipmentService.class);

    private final ShipmentRepository shipments;
    private final OrderInfoRepository orders;
    private final CancelledOrderRepository cancelled;
    private final Outbox outbox;

    public ShipmentService(
            ShipmentRepository shipments,
            OrderInfoRepository orders,
            CancelledOrderRepository cancelled,
            Outbox outbox) {
        this.shipments = shipments;
        this.orders = orders;
        this.cancelled = cancelled;
        this.outbox = outbox;
    }

    /**
     * Runs inside the inbox's transaction. One shipment per pick list: the inbox drops a redelivered event,
     * and this drops the same pick list reported again under a new event id.
     */
    public Uni<Void> open(Picked picked, Instant pickedAt) {
        return shipments.findByPickList(picked.pickListId()).chain(existing -> {
            if (existing != null) {
                LOG.infof(
                        "pick list %s has shipment %s already; ignoring it being reported again",
                        picked.pickListId(), existing.id);
                return Uni.createFrom().voidItem();
            }
            return orders.findById(picked.orderId())
                    .map(order -> Shipment.waitingFor(picked, pickedAt, order, Instant.now()))
                    .call(shipment -> cancelled.findById(picked.orderId()).invoke(cancellation -> {
                        if (cancellation != null) {
                            shipment.cancel(cancellation.reason, cancellation.cancelledAt);
                        }
                    }))
                    .call(shipments::persist)
                    .replaceWithVoid();
        });
    }

    /**
     * Runs inside the inbox's transaction. Remembers the cancellation (a pick list packed later must not be
     * dispatched either) and stops the order's shipments still waiting for dispatch (R-I11).
     */
    public Uni<Void> cancel(OrderCancelled event) {
        return cancelled.findById(event.orderId()).chain(known -> {
            if (known != null) {
                return Uni.createFrom().voidItem();
            }
            CancelledOrder cancellation = new CancelledOrder();
            cancellation.orderId = event.orderId();
            cancellation.reason = event.reason();
            cancellation.cancelledBy = event.cancelledBy();
            cancellation.cancelledAt = event.cancelledAt();
            return cancelled
                    .persist(cancellation)
                    .chain(() -> shipments.forOrder(event.orderId()))
                    .invoke(list -> list.forEach(shipment -> {
                        if (!shipment.cancel(event.reason(), event.cancelledAt())) {
                            LOG.warnf(
                                    "order %s was cancelled but shipment %s is %s already",
                                    event.orderId(), shipment.id, shipment.status);
                        }
                    }))
                    .replaceWithVoid();
        });
    }

    @WithTransaction
    public Uni<Shipment> dispatch(UUID id, DispatchRequest request, String user) {
        return shipments
                .findForUpdate(id)
                .onItem()
                .ifNull()
                .failWith(() -> ApiException.notFound("Shipment", id))
                .chain(shipment -> {
                    Shipped shipped;
                    try {
                        shipped = shipment.dispatch(
                                request.carrier(),
                                request.trackingNumber(),
                                request.estimatedDelivery(),
                                user,
                                Instant.now());
                    } catch (ShipmentStateException e) {
                        throw ApiException.conflict("shipment-not-waiting", e.getMessage());
                    }
                    return outbox.add(shipped).replaceWith(shipment);
                });
    }
}
