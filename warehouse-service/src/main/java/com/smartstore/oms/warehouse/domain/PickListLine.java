package com.smartstore.oms.warehouse.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;

/** One line of a pick list: a SKU and how many units to pick. */
@Entity
@Table(name = "pick_list_line")
public class PickListLine {
    @Id
    public UUID id;

    @ManyToOne
    @JoinColumn(name = "pick_list_id")
    public PickList pickList;

    @Column(name = "line_no")
    public int lineNo;

    public String sku;
    public int quantity;
}
