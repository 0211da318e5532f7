package com.smartstore.oms.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** A shipping charge of an order as the shop reported it (method and amount after shipping discounts). */
@Entity
@Table(name = "order_shipping_line")
public class OrderShippingLine {
    @Id
    public UUID id;

    @Column(name = "order_id")
    public UUID orderId;

    @Column(name = "line_no")
    public int lineNo;

    public String title;
    public String code;
    public BigDecimal amount;

    public static OrderShippingLine of(UUID orderId, int lineNo, String title, String code, BigDecimal amount) {
        OrderShippingLine line = new OrderShippingLine();
        line.id = UUID.randomUUID();
        line.orderId = orderId;
        line.lineNo = lineNo;
        line.title = title;
        line.code = code;
        line.amount = amount;
        return line;
    }
}
