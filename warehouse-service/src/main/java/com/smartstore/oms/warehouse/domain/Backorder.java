package com.smartstore.oms.warehouse.domain;

import com.smartstore.oms.contracts.events.LineQuantity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** An approved order no single warehouse could serve: it waits, unreserved, for stock (R-W6). */
@Entity
@Table(name = "backorder")
public class Backorder {
    @Id
    public UUID id;

    @Column(name = "order_id")
    public UUID orderId;

    @Column(name = "order_number")
    public String orderNumber;

    public int revision;

    @Enumerated(EnumType.STRING)
    public BackorderStatus status;

    @Column(name = "requested_ship_date")
    public LocalDate requestedShipDate;

    /** When the order was approved (the event's time): waiting orders are served oldest approval first. */
    @Column(name = "approved_at")
    public Instant approvedAt;

    @Column(name = "created_at")
    public Instant createdAt;

    @OneToMany(mappedBy = "backorder", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNo")
    public List<BackorderLine> lines = new ArrayList<>();

    public static Backorder waiting(
            UUID orderId,
            String orderNumber,
            int revision,
            List<LineQuantity> lines,
            LocalDate requestedShipDate,
            Instant approvedAt,
            Instant now) {
        Backorder backorder = new Backorder();
        backorder.id = UUID.randomUUID();
        backorder.orderId = orderId;
        backorder.orderNumber = orderNumber;
        backorder.revision = revision;
        backorder.status = BackorderStatus.WAITING;
        backorder.requestedShipDate = requestedShipDate;
        backorder.approvedAt = approvedAt;
        backorder.createdAt = now;
        for (LineQuantity l : lines) {
            BackorderLine line = new BackorderLine();
            line.id = UUID.randomUUID();
            line.backorder = backorder;
            line.lineNo = backorder.lines.size() + 1;
            line.sku = l.sku();
            line.quantity = l.quantity();
            backorder.lines.add(line);
        }
        return backorder;
    }

    /** A newer revision of the order replaces this one. */
    public void supersede() {
        status = BackorderStatus.SUPERSEDED;
    }
}
