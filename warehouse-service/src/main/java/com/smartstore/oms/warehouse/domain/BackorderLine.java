package com.smartstore.oms.warehouse.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;

/** One line of a backordered order: a SKU and the units it waits for. */
@Entity
@Table(name = "backorder_line")
public class BackorderLine {
    @Id
    public UUID id;

    @ManyToOne
    @JoinColumn(name = "backorder_id")
    public Backorder backorder;

    @Column(name = "line_no")
    public int lineNo;

    public String sku;
    public int quantity;
}
