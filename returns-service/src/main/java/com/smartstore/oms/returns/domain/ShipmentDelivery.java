package com.smartstore.oms.returns.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** When a shipment was delivered, from {@code delivery-updated}: the return window counts from it (R-X1). */
@Entity
@Table(name = "shipment_delivery")
public class ShipmentDelivery {
    @Id
    @Column(name = "shipment_id")
    public UUID shipmentId;

    @Column(name = "order_id")
    public UUID orderId;

    @Column(name = "delivered_at")
    public Instant deliveredAt;
}
