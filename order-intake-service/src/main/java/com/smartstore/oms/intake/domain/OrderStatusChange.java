package com.smartstore.oms.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One entry of an order's history: a status, when it happened, who did it, and why. */
@Entity
@Table(name = "order_status_change")
public class OrderStatusChange {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "order_id")
    public UUID orderId;

    public int revision;

    public String status;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    public String actor;
    public String detail;

    public static OrderStatusChange of(
            UUID orderId, int revision, OrderStatus status, Instant at, String actor, String detail) {
        OrderStatusChange change = new OrderStatusChange();
        change.orderId = orderId;
        change.revision = revision;
        change.status = status.name();
        change.occurredAt = at;
        change.actor = actor;
        change.detail = detail;
        return change;
    }
}
