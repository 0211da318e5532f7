package com.smartstore.oms.shipping.domain;

import com.smartstore.oms.contracts.events.DeliveryStatus;
import com.smartstore.oms.contracts.events.DeliveryUpdated;
import com.smartstore.oms.contracts.events.ExceptionType;
import com.smartstore.oms.contracts.events.LineQuantity;
import com.smartstore.oms.contracts.events.OrderException;
import com.smartstore.oms.contracts.events.Picked;
import com.smartstore.oms.contracts.events.Remedy;
import com.smartstore.oms.contracts.events.ReplacementRequested;
import com.smartstore.oms.contracts.events.Severity;
import com.smartstore.oms.contracts.events.Shipped;
import com.smartstore.oms.kit.domain.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The goods of one packed pick list on their way to the customer: waiting for the carrier, then shipped. */
@Entity
public class Shipment {
    @Id
    public UUID id;

    @Column(name = "order_id")
    public UUID orderId;

    /** Null until {@code order-received} for the order has arrived. */
    @Column(name = "order_number")
    public String orderNumber;

    @Column(name = "pick_list_id")
    public UUID pickListId;

    public String warehouse;

    @Enumerated(EnumType.STRING)
    public ShipmentStatus status;

    @Convert(converter = JsonListConverter.Parcels.class)
    public List<Parcel> parcels = List.of();

    @Convert(converter = JsonListConverter.Items.class)
    public List<Item> items = List.of();

    @Column(name = "requested_ship_date")
    public LocalDate requestedShipDate;

    /** When it must leave (R-S2): the order's ship-by time; null until the order is known. */
    @Column(name = "ship_by")
    public Instant shipBy;

    /** When it was escalated for still waiting after its ship-by time (once). */
    @Column(name = "ship_breached_at")
    public Instant shipBreachedAt;

    /** Null until {@code order-received} for the order has arrived. */
    @Embedded
    public ShipTo shipTo;

    @Column(name = "picked_at")
    public Instant pickedAt;

    @Column(name = "picked_by")
    public String pickedBy;

    @Column(name = "created_at")
    public Instant createdAt;

    public String carrier;

    @Column(name = "tracking_number")
    public String trackingNumber;

    /** The carrier's service level it left with (e.g. STANDARD, EXPRESS); null if none. */
    @Column(name = "service_level")
    public String serviceLevel;

    @Column(name = "estimated_delivery")
    public LocalDate estimatedDelivery;

    @Column(name = "shipped_at")
    public Instant shippedAt;

    @Column(name = "shipped_by")
    public String shippedBy;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @Column(name = "cancel_reason")
    public String cancelReason;

    /** Where the parcel is, by the newest tracking update (carrier's time); null until the first one. */
    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_status")
    public DeliveryStatus deliveryStatus;

    /** When the newest tracking update happened. */
    @Column(name = "delivery_status_at")
    public Instant deliveryStatusAt;

    /** When the parcel was delivered (the first DELIVERED update); null until then. */
    @Column(name = "delivered_at")
    public Instant deliveredAt;

    /** The logistics exceptions this shipment raised already: one case each. */
    @Convert(converter = JsonListConverter.Statuses.class)
    @Column(name = "exceptions_raised")
    public List<DeliveryStatus> exceptionsRaised = List.of();

    /** When the last tracking update arrived (our clock); null until the first. */
    @Column(name = "last_tracking_at")
    public Instant lastTrackingAt;

    /** When the parcel was flagged for having had no update for too long (R-S6); cleared by the next update. */
    @Column(name = "stale_flagged_at")
    public Instant staleFlaggedAt;

    /** The newest remedy the case desk chose for this shipment (issue 11, R-E7), its case, when and by whom. */
    @Enumerated(EnumType.STRING)
    public Remedy remedy;

    @Column(name = "remedy_case_id")
    public UUID remedyCaseId;

    @Column(name = "remedy_at")
    public Instant remedyAt;

    @Column(name = "remedy_by")
    public String remedyBy;

    /** When a resend asked the warehouse for a replacement ({@code replacement-requested}): once per shipment. */
    @Column(name = "replacement_requested_at")
    public Instant replacementRequestedAt;

    /** The lost or damaged shipment this one sends again (a resend); null for the order's own shipments. */
    @Column(name = "replaces_shipment_id")
    public UUID replacesShipmentId;

    /** The shipment that sends this one's goods again, once the warehouse packed it. */
    @Column(name = "replaced_by_shipment_id")
    public UUID replacedByShipmentId;

    @Version
    public int version;

    /**
     * A shipment waiting for dispatch for a packed pick list, completed from the order when shipping knows it
     * already ({@code order} may be null: the order's details then follow with {@code order-received}).
     */
    public static Shipment waitingFor(Picked picked, Instant pickedAt, OrderInfo order, Instant now) {
        Shipment shipment = new Shipment();
        shipment.id = UUID.randomUUID();
        shipment.orderId = picked.orderId();
        shipment.pickListId = picked.pickListId();
        shipment.warehouse = picked.warehouse();
        shipment.status = ShipmentStatus.WAITING_DISPATCH;
        shipment.parcels = picked.parcels().stream()
                .map(p -> new Parcel(p.number(), p.weightKg()))
                .toList();
        shipment.items = picked.lines().stream()
                .map(l -> new Item(l.sku(), l.quantity()))
                .toList();
        shipment.pickedAt = pickedAt;
        shipment.pickedBy = picked.pickedBy();
        shipment.replacesShipmentId = picked.replacesShipmentId();
        shipment.createdAt = now;
        if (order != null) {
            shipment.fillFrom(order);
        }
        return shipment;
    }

    /**
     * Takes the order's number, address and requested date. Once shipped, the parcel has left with the
     * address on its label, so only a missing order number is filled in.
     */
    public void fillFrom(OrderInfo order) {
        orderNumber = order.orderNumber;
        if (status == ShipmentStatus.WAITING_DISPATCH) {
            shipTo = order.shipTo.copy();
            requestedShipDate = order.requestedShipDate;
            shipBy = order.shipBy;
        }
    }

    /**
     * Stops a shipment of a cancelled order; says whether it did. One already handed to the carrier stays
     * SHIPPED (shipping refuses to cancel an order with a parcel on its way), and one stopped already stays as
     * it was stopped.
     */
    public boolean cancel(String reason, Instant at) {
        if (status != ShipmentStatus.WAITING_DISPATCH) {
            return false;
        }
        status = ShipmentStatus.CANCELLED;
        cancelReason = reason;
        cancelledAt = at;
        return true;
    }

    /**
     * Records the remedy of a resolved case about this shipment (issue 11): the shipment shows the newest by the case's
     * resolution time (a case resolved earlier and reported late is kept in {@code shipment_remedy} only). Returns the
     * replacement to ask the warehouse for when the remedy is a resend of a shipment that left and none was asked for
     * yet (one replacement per shipment: a second resend case is recorded only), else null.
     */
    public ReplacementRequested applyRemedy(
            UUID caseId, UUID exceptionId, Remedy chosen, String by, Instant resolvedAt, Instant now) {
        if (remedyAt == null || !resolvedAt.isBefore(remedyAt)) {
            remedy = chosen;
            remedyCaseId = caseId;
            remedyAt = resolvedAt;
            remedyBy = by;
        }
        if (chosen != Remedy.RESEND || status != ShipmentStatus.SHIPPED || replacementRequestedAt != null) {
            return null;
        }
        replacementRequestedAt = now;
        return new ReplacementRequested(
                orderId,
                orderNumber,
                id,
                caseId,
                exceptionId,
                items.stream().map(i -> new LineQuantity(i.sku(), i.quantity())).toList(),
                warehouse,
                by,
                resolvedAt);
    }

    /**
     * Erases the customer's address from the shipment (a customer's redaction, issue 10), whether it waits or has
     * left: a waiting one can then not be dispatched ({@code address-redacted}), a shipped one keeps its carrier and
     * tracking number.
     */
    public void redact() {
        if (shipTo != null) {
            shipTo = shipTo.redacted();
        }
    }

    /**
     * What a tracking update did: the record to keep, the event to publish, a case to open (or null), and what the
     * customer should be told (or null).
     */
    public record Tracked(
            TrackingEvent record, DeliveryUpdated published, OrderException exception, CustomerNotice notice) {}

    /** Statuses that open a logistics case (R-S6, R-E7): the parcel will not arrive as promised. */
    private static final Map<DeliveryStatus, Severity> EXCEPTIONAL = Map.of(
            DeliveryStatus.DELAYED, Severity.MEDIUM,
            DeliveryStatus.LOST, Severity.HIGH,
            DeliveryStatus.DAMAGED, Severity.HIGH,
            DeliveryStatus.RETURNED_TO_SENDER, Severity.MEDIUM);

    /** How far ahead of our clock a carrier's clock may be before its update is refused as from the future. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(15);

    /**
     * Records a tracking update of the parcel (R-S5) and returns what it caused. Refused unless the shipment has left
     * (a parcel waiting for dispatch has nothing to track) and for a time in the future. The shipment's delivery
     * status and estimated delivery follow the newest update by the carrier's time, so an update that arrives late
     * is kept in the history without turning the status back; the first DELIVERED sets the delivery time. The first
     * time the newest update says the parcel is delayed, lost, damaged or returned to sender, a logistics case is
     * opened (R-S6): once per kind and shipment, however often the carrier repeats it. The customer is told (R-S3) of
     * a newest update that is a delivery exception (attempted, delayed, lost, damaged, returned to sender), else of a
     * new estimated delivery; whether they were told of that cause already is the notifications' business.
     */
    public Tracked track(TrackingUpdate update, Instant now) {
        if (status != ShipmentStatus.SHIPPED) {
            throw Refusal.conflict(
                    "shipment-not-shipped",
                    "Shipment " + id + " is " + status + "; tracking updates are for shipments that left with a"
                            + " carrier");
        }
        if (update.happenedAt().isAfter(now.plus(CLOCK_SKEW))) {
            throw Refusal.invalid(
                    "happened-in-future", "happenedAt " + update.happenedAt() + " is in the future (now " + now + ")");
        }
        TrackingEvent record = TrackingEvent.of(update, now);
        record.shipmentId = id;
        record.carrier = carrier;
        record.trackingNumber = trackingNumber;

        lastTrackingAt = now;
        staleFlaggedAt = null;
        boolean newest = deliveryStatusAt == null || !update.happenedAt().isBefore(deliveryStatusAt);
        LocalDate etaBefore = estimatedDelivery;
        if (newest) {
            deliveryStatus = update.status();
            deliveryStatusAt = update.happenedAt();
            if (update.estimatedDelivery() != null) {
                estimatedDelivery = update.estimatedDelivery();
            }
        }
        if (update.status() == DeliveryStatus.DELIVERED
                && (deliveredAt == null || update.happenedAt().isBefore(deliveredAt))) {
            deliveredAt = update.happenedAt();
        }
        OrderException exception = null;
        if (newest && EXCEPTIONAL.containsKey(update.status()) && !exceptionsRaised.contains(update.status())) {
            List<DeliveryStatus> raised = new ArrayList<>(exceptionsRaised);
            raised.add(update.status());
            exceptionsRaised = List.copyOf(raised);
            exception = logisticsException(update, now);
        }
        DeliveryUpdated published = new DeliveryUpdated(
                orderId,
                orderNumber,
                id,
                carrier,
                trackingNumber,
                update.status(),
                update.happenedAt(),
                update.location(),
                update.description(),
                deliveryStatus,
                estimatedDelivery,
                deliveredAt,
                update.source(),
                update.carrierEventId(),
                update.recordedBy());
        return new Tracked(record, published, exception, notice(newest, update.status(), etaBefore));
    }

    private CustomerNotice notice(boolean newest, DeliveryStatus status, LocalDate etaBefore) {
        if (!newest) {
            return null;
        }
        var kind = NotificationKind.forStatus(status);
        if (kind.isPresent()) {
            return CustomerNotice.exception(kind.get(), estimatedDelivery);
        }
        boolean newEta = estimatedDelivery != null && !estimatedDelivery.equals(etaBefore);
        return newEta && status != DeliveryStatus.DELIVERED ? CustomerNotice.newEta(estimatedDelivery) : null;
    }

    private OrderException logisticsException(TrackingUpdate update, Instant now) {
        String what = switch (update.status()) {
            case DELAYED -> "is delayed";
            case LOST -> "is lost";
            case DAMAGED -> "was damaged";
            default -> "was returned to sender";
        };
        Map<String, String> details = new LinkedHashMap<>();
        details.put("shipmentId", id.toString());
        details.put("carrier", carrier);
        details.put("trackingNumber", trackingNumber);
        details.put("status", update.status().name());
        if (update.location() != null) {
            details.put("location", update.location());
        }
        if (update.estimatedDelivery() != null) {
            details.put("estimatedDelivery", update.estimatedDelivery().toString());
        }
        return OrderException.detected(
                orderId,
                orderNumber,
                ExceptionType.LOGISTICS,
                EXCEPTIONAL.get(update.status()),
                update.status() == DeliveryStatus.RETURNED_TO_SENDER
                        ? "RETURNED_TO_SENDER"
                        : "PARCEL_" + update.status().name(),
                "Parcel " + trackingNumber + " (" + carrier + ") of order " + orderNumber + " " + what
                        + (update.description() == null ? "" : ": " + update.description()),
                details,
                "shipping-service",
                now);
    }

    /** Statuses after which the parcel's journey is over, so silence from the carrier is no longer news (R-S6). */
    public static final Set<DeliveryStatus> JOURNEY_OVER =
            EnumSet.of(DeliveryStatus.DELIVERED, DeliveryStatus.LOST, DeliveryStatus.RETURNED_TO_SENDER);

    /**
     * The logistics case for a parcel nobody has heard of since {@code lastNews} (R-S6): the carrier's tracking may
     * have stalled, or the parcel is stuck; customer service should ask the carrier.
     */
    public OrderException staleTracking(Instant lastNews, Duration silence, Instant now) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("shipmentId", id.toString());
        details.put("carrier", carrier);
        details.put("trackingNumber", trackingNumber);
        details.put("lastNews", lastNews.toString());
        if (deliveryStatus != null) {
            details.put("status", deliveryStatus.name());
        }
        return OrderException.detected(
                orderId,
                orderNumber,
                ExceptionType.LOGISTICS,
                Severity.MEDIUM,
                "TRACKING_STALE",
                "No tracking update for parcel " + trackingNumber + " (" + carrier + ") of order " + orderNumber
                        + " since " + lastNews + " (" + silence.toHours() + " hours or more)",
                details,
                "shipping-service",
                now);
    }

    /**
     * Hands the shipment to a carrier and returns the event that says so; refused unless it is waiting, and until
     * the order's number and address are on record (issue 17 case 9: {@code picked} may overtake
     * {@code order-received}, and a parcel without an address cannot be labelled), and while the address is erased.
     */
    public Shipped dispatch(
            String carrier,
            String trackingNumber,
            LocalDate estimatedDelivery,
            String by,
            Instant at,
            String trackingUrl,
            int shipmentNumber) {
        return dispatch(carrier, trackingNumber, null, estimatedDelivery, by, at, trackingUrl, shipmentNumber, null);
    }

    /**
     * Hands the shipment to a carrier, as above, with a service level (or null) and saying whether the order is now
     * fully shipped ({@code null}: not known); a fully shipped order left in {@code shipmentNumber} shipments.
     */
    public Shipped dispatch(
            String carrier,
            String trackingNumber,
            String serviceLevel,
            LocalDate estimatedDelivery,
            String by,
            Instant at,
            String trackingUrl,
            int shipmentNumber,
            Boolean fullyShipped) {
        if (status != ShipmentStatus.WAITING_DISPATCH) {
            String detail = status == ShipmentStatus.CANCELLED
                    ? "the order was cancelled at " + cancelledAt + ": " + cancelReason
                    : "by " + shippedBy + " at " + shippedAt + " with " + this.carrier + " " + this.trackingNumber;
            throw Refusal.conflict(
                    "shipment-not-waiting",
                    "Shipment " + id + " is " + status + " (" + detail
                            + "); only a shipment WAITING_DISPATCH can be dispatched");
        }
        if (orderNumber == null || shipTo == null) {
            throw Refusal.conflict(
                    "waiting-for-order",
                    "Shipment " + id + " is waiting for the order's address: order " + orderId
                            + " has not reached shipping yet; dispatch it once its number and address show here");
        }
        if (shipTo.isRedacted()) {
            throw Refusal.conflict(
                    "address-redacted",
                    "Shipment " + id + " of order " + orderNumber + " has no address: the customer's personal data was"
                            + " erased at their request; ask customer service for an address before it can leave");
        }
        status = ShipmentStatus.SHIPPED;
        this.carrier = carrier.trim();
        this.trackingNumber = trackingNumber.trim();
        this.serviceLevel = serviceLevel;
        this.estimatedDelivery = estimatedDelivery;
        shippedBy = by;
        shippedAt = at;
        return new Shipped(
                orderId,
                id,
                this.carrier,
                this.trackingNumber,
                estimatedDelivery,
                by,
                at,
                orderNumber,
                items.stream().map(i -> new LineQuantity(i.sku(), i.quantity())).toList(),
                trackingUrl,
                shipmentNumber,
                fullyShipped,
                Boolean.TRUE.equals(fullyShipped) ? shipmentNumber : null,
                serviceLevel);
    }
}
