package com.smartstore.oms.returns.domain;

import com.smartstore.oms.contracts.events.Shipped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One shipment of an order as returns knows it, projected from {@code shipped}. */
@Entity
@Table(name = "shipped_order")
public class ShippedOrder {
    @Id
    @Column(name = "shipment_id")
    public UUID shipmentId;

    @Column(name = "order_id")
    public UUID orderId;

    public String carrier;

    @Column(name = "tracking_number")
    public String trackingNumber;

    @Column(name = "estimated_delivery")
    public LocalDate estimatedDelivery;

    @Column(name = "shipped_by")
    public String shippedBy;

    @Column(name = "shipped_at")
    public Instant shippedAt;

    /** The projection of a shipment; {@code shippedAt} is the event's time, when the parcel left. */
    public static ShippedOrder from(Shipped shipped, Instant shippedAt) {
        ShippedOrder order = new ShippedOrder();
        order.shipmentId = shipped.shipmentId();
        order.orderId = shipped.orderId();
        order.carrier = shipped.carrier();
        order.trackingNumber = shipped.trackingNumber();
        order.estimatedDelivery = shipped.estimatedDelivery();
        order.shippedBy = shipped.shippedBy();
        order.shippedAt = shippedAt;
        return order;
    }
}
