package com.smartstore.oms.warehouse.domain;

import com.smartstore.oms.contracts.events.Disposition;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A returned item as the returns desk inspected it: resellable ones went back into stock, the others (damaged,
 * defective, wrong item) are only recorded, so the warehouse knows what came back and where it is.
 */
@Entity
@Table(name = "returned_item")
public class ReturnedItem {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "return_id")
    public UUID returnId;

    @Column(name = "order_id")
    public UUID orderId;

    public String warehouse;
    public String sku;
    public int quantity;

    @Enumerated(EnumType.STRING)
    public Disposition disposition;

    public boolean restocked;
    public String note;

    @Column(name = "received_by")
    public String receivedBy;

    @Column(name = "received_at")
    public Instant receivedAt;
}
