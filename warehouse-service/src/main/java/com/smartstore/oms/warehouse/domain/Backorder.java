package com.smartstore.oms.warehouse.domain;

import com.smartstore.oms.contracts.events.LineQuantity;
import com.smartstore.oms.contracts.events.ShortageReason;
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
import java.util.SortedMap;
import java.util.UUID;

/**
 * Units of an approved order that no warehouse could reserve (reason BACKORDER) or that the picker did not find
 * (SHORT_PICK): they wait, unreserved, for stock (R-W6). An order may have several, next to its pick lists.
 */
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

    @Enumerated(EnumType.STRING)
    public ShortageReason reason = ShortageReason.BACKORDER;

    /** Where a short pick happened; null for a backorder at approval. */
    public String warehouse;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    /** Set when the units wait for a replacement (issue 11): the lost shipment and the case; see {@link PickList}. */
    @Column(name = "replaces_shipment_id")
    public UUID replacesShipmentId;

    @Column(name = "case_id")
    public UUID caseId;

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
        lines.forEach(l -> backorder.add(l.sku(), l.quantity()));
        return backorder;
    }

    /** Units a picker did not find in a warehouse: the order waits for them, in its approval order. */
    public static Backorder shortPick(PickList list, List<LineQuantity> missing, Instant now) {
        Backorder backorder = waiting(
                list.orderId, list.orderNumber, list.revision, missing, list.requestedShipDate, list.approvedAt, now);
        backorder.reason = ShortageReason.SHORT_PICK;
        backorder.warehouse = list.warehouse;
        backorder.replacesShipmentId = list.replacesShipmentId;
        backorder.caseId = list.caseId;
        return backorder;
    }

    /** Waits for more units of a SKU (an amendment asked for more than could be reserved). */
    public void add(String sku, int quantity) {
        ItemLine.add(lines, sku, quantity, () -> {
            BackorderLine line = new BackorderLine();
            line.backorder = this;
            return line;
        });
    }

    /**
     * Waits for fewer units of a SKU (an amendment lowered it), at most what it waits for; returns the units taken
     * off. A backorder left with no line is superseded.
     */
    public int reduce(String sku, int quantity) {
        int taken = ItemLine.reduce(lines, sku, quantity);
        if (lines.isEmpty()) {
            supersede();
        }
        return taken;
    }

    /** Units waited for per SKU. */
    public SortedMap<String, Integer> quantitiesBySku() {
        return Allocation.demand(lineQuantities());
    }

    /** The order was cancelled: it waits no more. */
    public void cancel(Instant at) {
        status = BackorderStatus.CANCELLED;
        cancelledAt = at;
    }

    /** Review rejected the order after approval: it waits no more. */
    public void reject(Instant at) {
        status = BackorderStatus.REJECTED;
        cancelledAt = at;
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
        list.replacesShipmentId = replacesShipmentId;
        list.caseId = caseId;
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
