package com.smartstore.oms.returns.domain;

import com.smartstore.oms.contracts.events.OrderReceived;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** One line of a {@link Purchase}: the SKU, how many and what was paid for them. */
@Entity
@Table(name = "purchase_line")
public class PurchaseLine {
    @Id
    public UUID id;

    @Column(name = "order_id")
    public UUID orderId;

    @Column(name = "line_no")
    public int lineNo;

    public String sku;

    @Column(name = "product_name")
    public String productName;

    public String specification;
    public int quantity;

    @Column(name = "unit_price")
    public BigDecimal unitPrice;

    /** The discount on the whole line, if any. */
    public BigDecimal discount;

    public static PurchaseLine of(UUID orderId, OrderReceived.Line line) {
        PurchaseLine row = new PurchaseLine();
        row.id = UUID.randomUUID();
        row.orderId = orderId;
        row.lineNo = line.lineNo();
        row.sku = line.sku();
        row.productName = line.productName();
        row.specification = line.specification();
        row.quantity = line.quantity();
        row.unitPrice = line.unitPrice();
        row.discount = line.discount();
        return row;
    }
}
