package com.smartstore.oms.shipping.service;

import com.smartstore.oms.contracts.events.Picked;
import com.smartstore.oms.contracts.events.Shipped;
import com.smartstore.oms.kit.domain.Refusal;
import com.smartstore.oms.kit.outbox.Outbox;
import com.smartstore.oms.shipping.config.ShippingConfig;
import com.smartstore.oms.shipping.domain.BusinessCalendar;
import com.smartstore.oms.shipping.domain.Carrier;
import com.smartstore.oms.shipping.domain.CustomerNotice;
import com.smartstore.oms.shipping.domain.Item;
import com.smartstore.oms.shipping.domain.Shipment;
import com.smartstore.oms.shipping.domain.ShipmentStatus;
import com.smartstore.oms.shipping.repository.OrderGateRepository;
import com.smartstore.oms.shipping.repository.OrderInfoRepository;
import com.smartstore.oms.shipping.repository.ShipmentRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Shipments: opened when a pick list is packed, dispatched with a carrier, which emits {@code shipped}. */
@ApplicationScoped
public class ShipmentService {
    private static final Logger LOG = Logger.getLogger(ShipmentService.class);

    private final ShipmentRepository shipments;
    private final OrderInfoRepository orders;
    private final OrderGateRepository gates;
    private final Outbox outbox;
    private final Carriers carriers;
    private final NotificationService notifications;
    private final ShippingConfig config;
    private final TrackingService tracking;
    private final BusinessCalendar calendar;
    private final Clock clock;

    public ShipmentService(
            ShipmentRepository shipments,
            OrderInfoRepository orders,
            OrderGateRepository gates,
            Outbox outbox,
            Carriers carriers,
            NotificationService notifications,
            TrackingService tracking,
            ShippingConfig config,
            BusinessCalendar calendar,
            Clock clock) {
        this.config = config;
        this.calendar = calendar;
        this.tracking = tracking;
        this.notifications = notifications;
        this.shipments = shipments;
        this.orders = orders;
        this.gates = gates;
        this.outbox = outbox;
        this.carriers = carriers;
        this.clock = clock;
    }

    /**
     * Runs inside the inbox's transaction. One shipment per pick list: the inbox drops a redelivered event,
     * and this drops the same pick list reported again under a new event id. Under the order's gate lock, so a
     * pick list packed while a cancellation is confirmed is stopped by one or the other.
     */
    public Uni<Void> open(Picked picked, Instant pickedAt) {
        return gates.lock(picked.orderId())
                .chain(gate -> shipments.findByPickList(picked.pickListId()).chain(existing -> {
                    if (existing != null) {
                        LOG.infof(
                                "pick list %s has shipment %s already; ignoring it being reported again",
                                picked.pickListId(), existing.id);
                        return Uni.createFrom().voidItem();
                    }
                    return orders.findById(picked.orderId())
                            .map(order -> Shipment.waitingFor(picked, pickedAt, order, clock.instant()))
                            .invoke(gate::stopIfCancelled)
                            .call(shipments::persist)
                            .call(this::linkToReplaced)
                            .replaceWithVoid();
                }));
    }

    /**
     * A replacement (a resend, issue 11) and the shipment it replaces point at each other; the lost one may be unknown
     * here (another system's), then only the replacement names it.
     */
    private Uni<Void> linkToReplaced(Shipment replacement) {
        if (replacement.replacesShipmentId == null) {
            return Uni.createFrom().voidItem();
        }
        return shipments
                .findForUpdate(replacement.replacesShipmentId)
                .invoke(lost -> {
                    if (lost != null && lost.replacedByShipmentId == null) {
                        lost.replacedByShipmentId = replacement.id;
                    }
                })
                .replaceWithVoid();
    }

    /**
     * Hands a shipment to a carrier (R-S1): one of the configured carriers (in any case; recorded as its code, so its
     * tracking page and webhook find the shipment), a tracking number of the carrier's form where one is configured,
     * and one of its service levels (else its default). Without an estimated delivery from staff, the service's transit
     * business days from today in the shop's time zone give one (weekends and {@code oms.shipping.holidays} skipped). Takes the order's gate lock before the shipment's, in the same
     * order as a cancel request, so exactly one of a dispatch and a cancellation racing it wins (issue 17 case 3);
     * the clock is read after the locks. The customer's mail (R-S3) is written in the same transaction and sent later
     * ({@link NotificationSender}): a mail server that is down does not stop a parcel. Tracking updates its carrier sent
     * for the number before the dispatch was recorded are attached to it ({@link TrackingService#attachUnmatched}).
     */
    @WithTransaction
    public Uni<Shipment> dispatch(
            UUID id,
            String carrierName,
            String trackingNumber,
            String serviceLevel,
            LocalDate estimatedDelivery,
            String user) {
        Carrier carrier = carriers.find(carrierName)
                .orElseThrow(() -> Refusal.invalid(
                        "unknown-carrier",
                        "carrier '" + carrierName.trim() + "' is not one of the configured carriers "
                                + carriers.all().stream().map(Carrier::code).toList()
                                + " (GET /api/carriers)"));
        carrier.checkTrackingNumber(trackingNumber);
        String service = carrier.serviceLevel(serviceLevel);
        return shipments
                .orderOf(id)
                .onItem()
                .ifNull()
                .failWith(() -> Refusal.notFound("Shipment", id))
                .chain(gates::lock)
                .chain(gate -> shipments.findForUpdate(id).chain(shipment -> {
                    gate.checkDispatch(
                            shipment.orderNumber == null ? shipment.orderId.toString() : shipment.orderNumber);
                    // Under the order's gate lock: two shipments of one order cannot take the same number, and
                    // exactly one of them completes the order.
                    return shipments
                            .forOrder(shipment.orderId)
                            .chain(all -> orders.findById(shipment.orderId).chain(order -> {
                                List<Shipment> left = all.stream()
                                        .filter(s -> s.status == ShipmentStatus.SHIPPED && !s.id.equals(shipment.id))
                                        .toList();
                                // A replacement (a resend) sends again units that left already: only the order's
                                // own shipments count towards it being fully shipped, the lost one included.
                                List<Item> dispatched = new ArrayList<>();
                                if (shipment.replacesShipmentId == null) {
                                    dispatched.addAll(shipment.items);
                                }
                                left.stream()
                                        .filter(s -> s.replacesShipmentId == null)
                                        .forEach(s -> dispatched.addAll(s.items));
                                Instant now = clock.instant();
                                LocalDate eta = estimatedDelivery != null
                                        ? estimatedDelivery
                                        : carrier.estimatedDelivery(
                                                service, LocalDate.ofInstant(now, config.timeZone()), calendar);
                                Shipped shipped = shipment.dispatch(
                                        carrier.code(),
                                        trackingNumber,
                                        service,
                                        eta,
                                        user,
                                        now,
                                        carrier.trackingUrl(trackingNumber.trim()),
                                        left.size() + 1,
                                        order == null ? null : order.fullyShippedBy(dispatched));
                                return outbox.add(shipped)
                                        .chain(() -> notifications.notify(
                                                shipment, CustomerNotice.shipped(shipment.estimatedDelivery)))
                                        .chain(() -> tracking.attachUnmatched(shipment))
                                        .replaceWith(shipment);
                            }));
                }));
    }
}
