package com.smartstore.oms.warehouse.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.util.UUID;

/** A parcel packed for a picked pick list, numbered from 1; its weight is optional. */
@Entity
public class Parcel {
    @Id
    public UUID id;

    @Column(name = "pick_list_id")
    public UUID pickListId;

    public int number;

    @Column(name = "weight_kg")
    public BigDecimal weightKg;

    public static Parcel of(UUID pickListId, int number, BigDecimal weightKg) {
        Parcel parcel = new Parcel();
        parcel.id = UUID.randomUUID();
        parcel.pickListId = pickListId;
        parcel.number = number;
        parcel.weightKg = weightKg;
        return parcel;
    }
}
