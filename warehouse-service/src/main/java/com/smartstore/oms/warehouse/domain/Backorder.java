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
import java.time.Duration;
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

    /** When a goods receipt served it, and the pick list it got then. */
    @Column(name = "served_at")
    public Instant servedAt;

    @Column(name = "pick_list_id")
    public UUID pickListId;

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

    public List<LineQuantity> lineQuantities() {
        return lines.stream().map(l -> new LineQuantity(l.sku, l.quantity)).toList();
    }

    /**
     * Stock arrived and this warehouse can serve every line: the order gets its open pick list (the caller reserves
     * its units). Refused unless the backorder is waiting.
     */
    public PickList serve(String warehouse, Instant now, Duration pickTime) {
        if (status != BackorderStatus.WAITING) {
            throw new IllegalStateException("only a WAITING backorder can be served, " + id + " is " + status);
        }
        PickList list = PickList.open(
                orderId,
                orderNumber,
                revision,
                warehouse,
                lineQuantities(),
                requestedShipDate,
                approvedAt,
                now,
                pickTime);
        status = BackorderStatus.SERVED;
        servedAt = now;
        pickListId = list.id;
        return list;
    }

    /** A newer revision of the order replaces this one. */
    public void supersede() {
        status = BackorderStatus.SUPERSEDED;
    }
}
