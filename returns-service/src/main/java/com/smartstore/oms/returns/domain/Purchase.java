package com.smartstore.oms.returns.domain;

import com.smartstore.oms.contracts.events.OrderReceived;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * An order as returns keeps it from {@code order-received} (its latest revision): the order number and what was paid
 * at order level; its lines are {@link PurchaseLine}s. No customer data.
 */
@Entity
@Table(name = "purchase")
public class Purchase {
    @Id
    @Column(name = "order_id")
    public UUID orderId;

    @Column(name = "order_number")
    public String orderNumber;

    public int revision;
    public String currency;

    @Column(name = "shipping_charge")
    public BigDecimal shippingCharge;

    @Column(name = "order_discount")
    public BigDecimal orderDiscount;

    @Column(name = "total_amount")
    public BigDecimal totalAmount;

    @Column(name = "received_at")
    public Instant receivedAt;

    /** Copies the order-level facts of a revision. */
    public void apply(OrderReceived order) {
        orderId = order.orderId();
        orderNumber = order.orderNumber();
        revision = order.revision();
        currency = order.currency();
        shippingCharge = order.charges() == null ? null : order.charges().shipping();
        orderDiscount = order.charges() == null ? null : order.charges().discount();
        totalAmount = order.totalAmount();
        receivedAt = order.receivedAt();
    }
}
