package com.smartstore.oms.returns.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;

/** Goods the customer wants to return: a SKU and a quantity. */
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
    public int quantity;
}
