package com.smartstore.oms.warehouse.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One line of a pick list: a SKU, how many units to pick, and how many the picker found. */
@Entity
@Table(name = "pick_list_line")
public class PickListLine extends ItemLine {
    @ManyToOne
    @JoinColumn(name = "pick_list_id")
    public PickList pickList;

    /** Set when the list is confirmed: fewer than {@code quantity} is a short pick. */
    @Column(name = "picked_quantity")
    public Integer pickedQuantity;

    /** Units asked for but not found (0 before the pick is confirmed). */
    public int missing() {
        return pickedQuantity == null ? 0 : quantity - pickedQuantity;
    }

    /** Units found: all of them until a confirmation says otherwise. */
    public int picked() {
        return pickedQuantity == null ? quantity : pickedQuantity;
    }
}
