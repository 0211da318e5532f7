package com.smartstore.oms.shipping.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * An order cancelled before it shipped (R-I11). Kept apart from {@link OrderInfo} because the cancellation
 * may arrive before anything else shipping hears of the order; a pick list packed after it opens no
 * shipment to dispatch.
 */
@Entity
@Table(name = "cancelled_order")
public class CancelledOrder {
    @Id
    @Column(name = "order_id")
    public UUID orderId;

    public String reason;

    @Column(name = "cancelled_by")
    public String cancelledBy;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;
}
