package com.smartstore.oms.shipping.domain;

import com.smartstore.oms.contracts.events.Picked;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
     * Hands the shipment to a carrier and returns the event that says so; refused unless it is waiting, and until
     * the order's number and address are on record (issue 17 case 9: {@code picked} may overtake
     * {@code order-received}, and a parcel without an address cannot be labelled), and while the address is erased.
     */
    public Shipped dispatch(String carrier, String trackingNumber, LocalDate estimatedDelivery, String by, Instant at) {
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
        this.estimatedDelivery = estimatedDelivery;
        shippedBy = by;
        shippedAt = at;
        return new Shipped(orderId, id, this.carrier, this.trackingNumber, estimatedDelivery, by, at);
    }
}
