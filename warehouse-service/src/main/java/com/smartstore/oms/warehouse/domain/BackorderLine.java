package com.smartstore.oms.warehouse.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One line of a backordered order: a SKU and the units it waits for. */
@Entity
@Table(name = "backorder_line")
public class BackorderLine extends ItemLine {
    @ManyToOne
    @JoinColumn(name = "backorder_id")
    public Backorder backorder;
}
