package com.smartstore.oms.shipping.service;

import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.Topics;
import com.smartstore.oms.contracts.events.ExceptionType;
import com.smartstore.oms.contracts.events.OrderAmended;
import com.smartstore.oms.contracts.events.OrderException;
import com.smartstore.oms.contracts.events.OrderReceived;
import com.smartstore.oms.contracts.events.Severity;
import com.smartstore.oms.kit.inbox.IncomingEvent;
import com.smartstore.oms.kit.inbox.ParkedEvent;
import com.smartstore.oms.kit.inbox.ParkedEvents;
import com.smartstore.oms.kit.outbox.Outbox;
import com.smartstore.oms.shipping.domain.OrderInfo;
import com.smartstore.oms.shipping.domain.ShipByPolicy;
import com.smartstore.oms.shipping.domain.Shipment;
import com.smartstore.oms.shipping.domain.ShipmentStatus;
import com.smartstore.oms.shipping.repository.OrderGateRepository;
import com.smartstore.oms.shipping.repository.OrderInfoRepository;
import com.smartstore.oms.shipping.repository.ShipmentRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Keeps what shipping knows of each order current, and completes shipments that were created before it. Runs under
 * the order's gate lock, like everything else that changes the order's shipments.
 */
@ApplicationScoped
public class OrderProjection {
    /** The inbox consumer of {@code order-amended}; amendments it parked are released under the same name. */
    public static final String AMENDMENTS = "shipping-order-amended";
    /** The {@code order-exception} code of an address change that came after a parcel had left. */
    static final String REFUSED = "AMENDMENT_REFUSED";

    private static final Logger LOG = Logger.getLogger(OrderProjection.class);

    private final OrderInfoRepository orders;
    private final ShipmentRepository shipments;
    private final OrderGateRepository gates;
    private final ParkedEvents parked;
    private final Outbox outbox;
    private final RedactionService redactions;
    private final ShipByPolicy shipBy;
    private final Clock clock;

    public OrderProjection(
            OrderInfoRepository orders,
            ShipmentRepository shipments,
            OrderGateRepository gates,
            ParkedEvents parked,
            Outbox outbox,
            RedactionService redactions,
            ShipByPolicy shipBy,
            Clock clock) {
        this.shipBy = shipBy;
        this.clock = clock;
        this.orders = orders;
        this.shipments = shipments;
        this.gates = gates;
        this.parked = parked;
        this.outbox = outbox;
        this.redactions = redactions;
    }

    /**
     * Runs inside the inbox's transaction. Takes the order (or a newer revision of it), then applies the
     * amendments that arrived before it, in arrival order (issue 17 case 2). An order whose customer's data was
     * erased ({@code customer-redacted}, issue 10) is erased again before the transaction commits.
     */
    public Uni<Void> record(OrderReceived event) {
        return gates.lock(event.orderId())
                .chain(() -> orders.findById(event.orderId()))
                .chain(existing -> {
                    if (existing == null) {
                        OrderInfo order = OrderInfo.from(event);
                        order.shipBy = shipBy.deadline(order);
                        return orders.persist(order).chain(this::completeShipments);
                    }
                    if (!existing.apply(event)) {
                        LOG.debugf(
                                "order %s: ignoring revision %d, revision %d is known already",
                                event.orderId(), event.revision(), existing.revision);
                        return Uni.createFrom().voidItem();
                    }
                    existing.shipBy = shipBy.deadline(existing);
                    return completeShipments(existing);
                })
                .chain(() -> parked.release(AMENDMENTS, event.orderId().toString()))
                .chain(this::applyParked)
                .chain(() -> redactions.eraseIfRedacted(event.orderId()));
    }

    /**
     * Runs inside the inbox's transaction. Changed lines update the order's quantities (whether a dispatch completes
     * it); a new shipping address (R-I10) reaches the order and every shipment still waiting for dispatch; contact
     * changes are not shipping's business. A parcel that has left keeps
     * the address on its label: shipping, the authority on that, refuses the change for it with an
     * {@code order-exception} AMENDMENT_REFUSED (the exception desk opens a case), so nobody believes the parcel is
     * on its way to the new address. An amendment of an order shipping has not heard of yet overtook its
     * {@code order-received} on the other topic: it is parked and applied when the order arrives. An order whose
     * customer's data was erased takes no new address, and a parked amendment of it is erased with the order.
     */
    public Uni<Void> amend(IncomingEvent<OrderAmended> event) {
        OrderAmended amendment = event.payload();
        return gates.lock(amendment.orderId())
                .chain(() -> orders.findById(amendment.orderId()))
                .chain(order -> order == null
                        ? parked.park(AMENDMENTS, amendment.orderId().toString(), event, Topics.ORDER_RECEIVED)
                        : apply(order, amendment))
                .chain(() -> redactions.eraseIfRedacted(amendment.orderId()));
    }

    private Uni<Void> applyParked(List<ParkedEvent> events) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (ParkedEvent event : events) {
            OrderAmended amendment = event.as(Events.ORDER_AMENDED).payload();
            chain = chain.chain(() -> orders.findById(amendment.orderId())).chain(order -> apply(order, amendment));
        }
        return chain;
    }

    private Uni<Void> apply(OrderInfo order, OrderAmended amendment) {
        if (order.isRedacted()) {
            LOG.infof(
                    "order %s: amendment %s ignored, the customer's personal data was erased",
                    amendment.orderId(), amendment.amendmentId());
            return Uni.createFrom().voidItem();
        }
        // Lines are not personal data: their quantities say when the order is fully shipped.
        order.amendLines(amendment);
        if (!order.apply(amendment)) {
            LOG.debugf(
                    "order %s: amendment %s of revision %d is stale or changes no address",
                    amendment.orderId(), amendment.amendmentId(), amendment.revision());
            return Uni.createFrom().voidItem();
        }
        return shipments.forOrder(order.orderId).chain(list -> {
            list.forEach(s -> s.fillFrom(order));
            List<Shipment> left = list.stream()
                    .filter(s -> s.status == ShipmentStatus.SHIPPED && !s.shipTo.sameAs(order.shipTo))
                    .toList();
            return left.isEmpty() ? Uni.createFrom().voidItem() : outbox.add(refusal(amendment, left, clock.instant()));
        });
    }

    private static OrderException refusal(OrderAmended amendment, List<Shipment> left, Instant now) {
        String parcels = left.stream()
                .map(s -> s.carrier + " " + s.trackingNumber + " to " + s.shipTo.line1 + ", " + s.shipTo.city)
                .collect(Collectors.joining("; "));
        return OrderException.detected(
                amendment.orderId(),
                amendment.orderNumber(),
                ExceptionType.DATA_ERROR,
                Severity.MEDIUM,
                REFUSED,
                "Order %s has left (%s) before its new address arrived; the parcel cannot be redirected by us "
                                .formatted(amendment.orderNumber(), parcels)
                        + "(amendment " + amendment.amendmentId() + " refused for it)",
                Map.of(
                        "amendmentId", amendment.amendmentId().toString(),
                        "revision", Integer.toString(amendment.revision()),
                        "shipments", left.stream().map(s -> s.id.toString()).collect(Collectors.joining(","))),
                "shipping-service",
                now);
    }

    /** Picked may have arrived first (topics are not ordered among each other): its shipments get the order's details. */
    private Uni<Void> completeShipments(OrderInfo order) {
        return shipments
                .forOrder(order.orderId)
                .invoke(list -> list.forEach(s -> s.fillFrom(order)))
                .replaceWithVoid();
    }
}
