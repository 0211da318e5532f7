package com.smartstore.oms.returns.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;

/** Goods the customer wants to return (a SKU and a quantity), what came back and what inspection decided. */
@Entity
@Table(name = "return_line")
public class ReturnLine {
    @Id
    public UUID id;

    @ManyToOne
    @JoinColumn(name = "return_id")
    public ReturnTicket ticket;

    @Column(name = "line_no")
    public int lineNo;

    public String sku;

    /** How many the customer asked to return. */
    public int quantity;

    /** How many came back (null until the receipt). */
    @Column(name = "received_quantity")
    public Integer receivedQuantity;

    /** The condition as the inspector describes it (null until inspected). */
    @Column(name = "item_condition")
    public String condition;

    @Enumerated(EnumType.STRING)
    public ItemDisposition disposition;

    /** Whether the policy covers the received goods after inspection (null until inspected). */
    public Boolean eligible;

    public int received() {
        return receivedQuantity == null ? 0 : receivedQuantity;
    }
}
