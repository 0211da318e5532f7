package com.smartstore.oms.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** One line of an order (R-I4). */
@Entity
@Table(name = "order_line")
public class OrderLine {
    @Id
    public UUID id;

    @ManyToOne
    @JoinColumn(name = "order_id")
    public Order order;

    @Column(name = "line_no")
    public int lineNo;

    public String sku;

    @Column(name = "product_name")
    public String productName;

    public String specification;
    public int quantity;

    @Column(name = "unit_price")
    public BigDecimal unitPrice;

    /** The discount the platform or the clerk granted on this line, as an amount. */
    public BigDecimal discount = BigDecimal.ZERO;

    /** What the customer pays for this line: quantity times unit price, less the line's discount. */
    public BigDecimal total() {
        return unitPrice.multiply(BigDecimal.valueOf(quantity)).subtract(discount);
    }
}
