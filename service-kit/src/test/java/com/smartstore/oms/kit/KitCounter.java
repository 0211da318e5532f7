package com.smartstore.oms.kit;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Test state a consumer changes once per event it handles: how many times each key was seen. */
@Entity
@Table(name = "kit_counter")
public class KitCounter extends PanacheEntityBase {
    @Id
    public String key;

    public int count;

    @Column(name = "last_name")
    public String lastName;
}
