package com.smartstore.oms.kit;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** Test state changed together with an outbox event. */
@Entity
@Table(name = "kit_note")
public class KitNote extends PanacheEntityBase {
    @Id
    public UUID id;

    public String text;

    public static KitNote of(String text) {
        KitNote note = new KitNote();
        note.id = UUID.randomUUID();
        note.text = text;
        return note;
    }
}
