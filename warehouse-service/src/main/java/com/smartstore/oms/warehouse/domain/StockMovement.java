package com.smartstore.oms.warehouse.domain;

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

/** One row of the stock ledger: what changed, by how much, for which order, who did it and when (R-SEC3). */
@Entity
@Table(name = "stock_movement")
public class StockMovement {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String warehouse;
    public String sku;

    @Enumerated(EnumType.STRING)
    public MovementType type;

    /**
     * Signed change in units: of on hand for SET, PICK, ADJUSTMENT and RECEIPT, of reserved for RESERVATION and
     * RELEASE.
     */
    public int quantity;

    @Column(name = "on_hand_after")
    public int onHandAfter;

    @Column(name = "reserved_after")
    public int reservedAfter;

    @Column(name = "order_id")
    public UUID orderId;

    @Column(name = "pick_list_id")
    public UUID pickListId;

    /** Why: required for an adjustment; a receipt names its purchase request, if any. */
    public String reason;

    public String actor;

    @Column(name = "occurred_at")
    public Instant occurredAt;
}
