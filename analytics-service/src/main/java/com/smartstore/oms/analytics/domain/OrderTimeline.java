package com.smartstore.oms.analytics.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * When each step of one order first happened, and the few non-personal facts reports group by.
 *
 * <p>Read-only as an entity: rows are written by single upsert statements (see the repository), because
 * consumers of different topics touch the same row concurrently and an upsert keeping the earliest time
 * is atomic where a read-modify-write is not.
 */
@Entity
@Immutable
@Table(name = "order_timeline")
public class OrderTimeline {
    @Id
    @Column(name = "order_id")
    public UUID orderId;

    @Column(name = "order_number")
    public String orderNumber;

    public Integer revision;

    public String channel;

    @Column(name = "customer_pseudonym")
    public String customerPseudonym;

    @Column(name = "total_amount")
    public BigDecimal totalAmount;

    public String currency;

    @Column(name = "line_count")
    public Integer lineCount;

    @Column(name = "received_at")
    public Instant receivedAt;

    @Column(name = "held_at")
    public Instant heldAt;

    @Column(name = "approved_at")
    public Instant approvedAt;

    @Column(name = "rejected_at")
    public Instant rejectedAt;

    @Column(name = "picked_at")
    public Instant pickedAt;

    @Column(name = "shipped_at")
    public Instant shippedAt;

    @Column(name = "return_requested_at")
    public Instant returnRequestedAt;
}
