package com.smartstore.oms.warehouse.domain;

import com.smartstore.oms.contracts.events.LineQuantity;
import com.smartstore.oms.contracts.events.Picked;
import com.smartstore.oms.kit.domain.Refusal;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

/** What a warehouse has to pick for one approved order revision (R-W2), and who picked it when (R-W3). */
@Entity
@Table(name = "pick_list")
public class PickList {
    @Id
    public UUID id;

    @Column(name = "order_id")
    public UUID orderId;

    @Column(name = "order_number")
    public String orderNumber;

    public int revision;
    public String warehouse;

    @Enumerated(EnumType.STRING)
    public PickListStatus status;

    @Column(name = "requested_ship_date")
    public LocalDate requestedShipDate;

    /** When the order was approved (the event's time). */
    @Column(name = "approved_at")
    public Instant approvedAt;

    @Column(name = "created_at")
    public Instant createdAt;

    /** The pick deadline (R-W3): created plus the configured pick hours. */
    @Column(name = "due_at")
    public Instant dueAt;

    @Column(name = "picked_at")
    public Instant pickedAt;

    @Column(name = "picked_by")
    public String pickedBy;

    @Column(name = "packed_at")
    public Instant packedAt;

    @Column(name = "packed_by")
    public String packedBy;

    /** When the SLA check found it overdue and published {@code sla-breached} (once). */
    @Column(name = "breached_at")
    public Instant breachedAt;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    /**
     * Set on a replacement's pick list (issue 11: a logistics case resolved with RESEND): the lost shipment it sends
     * again, and the case that asked for it. Null for the order's own allocation.
     */
    @Column(name = "replaces_shipment_id")
    public UUID replacesShipmentId;

    @Column(name = "case_id")
    public UUID caseId;

    @OneToMany(mappedBy = "pickList", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNo")
    public List<PickListLine> lines = new ArrayList<>();

    public static PickList open(
            UUID orderId,
            String orderNumber,
            int revision,
            String warehouse,
            List<LineQuantity> lines,
            LocalDate requestedShipDate,
            Instant approvedAt,
            Instant now,
            Duration pickTime) {
        PickList list = new PickList();
        list.id = UUID.randomUUID();
        list.orderId = orderId;
        list.orderNumber = orderNumber;
        list.revision = revision;
        list.warehouse = warehouse;
        list.status = PickListStatus.OPEN;
        list.requestedShipDate = requestedShipDate;
        list.approvedAt = approvedAt;
        list.createdAt = now;
        list.dueAt = now.plus(pickTime);
        for (LineQuantity l : lines) {
            PickListLine line = new PickListLine();
            line.id = UUID.randomUUID();
            line.pickList = list;
            line.lineNo = list.lines.size() + 1;
            line.sku = l.sku();
            line.quantity = l.quantity();
            list.lines.add(line);
        }
        return list;
    }

    /** Not picked and packed by its deadline (R-W3). */
    public boolean overdue(Instant now) {
        return status.inProgress() && dueAt != null && dueAt.isBefore(now);
    }

    /** Units per SKU over all lines, in SKU order (the order stock rows are locked in). */
    public SortedMap<String, Integer> quantitiesBySku() {
        return Allocation.demand(lineQuantities());
    }

    public List<LineQuantity> lineQuantities() {
        return lines.stream().map(l -> new LineQuantity(l.sku, l.quantity)).toList();
    }

    /**
     * Records what the picker found: units per line number (lines not named were picked in full; a quantity above
     * the line's is refused). The list becomes PICKED, or EMPTY when nothing was found. Refused unless it is OPEN.
     */
    public void confirm(String by, Instant at, Map<Integer, Integer> pickedByLineNo) {
        requireStatus(PickListStatus.OPEN, "confirmed");
        for (PickListLine line : lines) {
            int picked = pickedByLineNo.getOrDefault(line.lineNo, line.quantity);
            if (picked < 0 || picked > line.quantity) {
                throw new IllegalArgumentException("line %d of pick list %s asks for %d units; %d cannot be picked"
                        .formatted(line.lineNo, id, line.quantity, picked));
            }
            line.pickedQuantity = picked;
        }
        status = lines.stream().allMatch(l -> l.pickedQuantity == 0) ? PickListStatus.EMPTY : PickListStatus.PICKED;
        pickedBy = by;
        pickedAt = at;
    }

    /**
     * Packs a picked list and returns its parcels, numbered from 1; an order leaves in at least one parcel, so none
     * given means one of unknown weight. Refused unless the list is PICKED.
     */
    public List<Parcel> pack(String by, Instant at, List<BigDecimal> parcelWeights) {
        requireStatus(PickListStatus.PICKED, "packed");
        status = PickListStatus.PACKED;
        packedBy = by;
        packedAt = at;
        List<BigDecimal> weights =
                parcelWeights == null || parcelWeights.isEmpty() ? Collections.singletonList(null) : parcelWeights;
        List<Parcel> parcels = new ArrayList<>();
        for (BigDecimal weight : weights) {
            parcels.add(Parcel.of(id, parcels.size() + 1, weight));
        }
        return parcels;
    }

    /** The order was cancelled: the caller releases what is reserved or puts back what was picked. */
    public void cancel(Instant at) {
        if (!status.inProgress() && status != PickListStatus.PACKED) {
            throw new IllegalStateException("a " + status + " pick list cannot be cancelled: " + id);
        }
        status = PickListStatus.CANCELLED;
        cancelledAt = at;
    }

    /** Review rejected the order after approval: the caller releases what this open list reserved. */
    public void reject(Instant at) {
        requireStatus(PickListStatus.OPEN, "released");
        status = PickListStatus.REJECTED;
        cancelledAt = at;
    }

    /** Units picked per SKU (after confirmation), in SKU order, without SKUs of which nothing was found. */
    public SortedMap<String, Integer> pickedBySku() {
        SortedMap<String, Integer> picked = new TreeMap<>();
        lines.stream().filter(l -> l.picked() > 0).forEach(l -> picked.merge(l.sku, l.picked(), Integer::sum));
        return picked;
    }

    /** Units not found per SKU (after confirmation), in SKU order. */
    public SortedMap<String, Integer> missingBySku() {
        SortedMap<String, Integer> missing = new TreeMap<>();
        lines.stream().filter(l -> l.missing() > 0).forEach(l -> missing.merge(l.sku, l.missing(), Integer::sum));
        return missing;
    }

    private void requireStatus(PickListStatus expected, String action) {
        if (status != expected) {
            throw Refusal.conflict(
                    "pick-list-not-" + expected.name().toLowerCase(Locale.ROOT),
                    "Pick list %s is %s; only a%s %s pick list can be %s"
                            .formatted(id, status, expected == PickListStatus.OPEN ? "n" : "", expected, action));
        }
    }

    /** An amendment asks for more units of a SKU: added to its line (a new line if none); the caller reserves them. */
    public void add(String sku, int quantity) {
        requireStatus(PickListStatus.OPEN, "changed");
        ItemLine.add(lines, sku, quantity, () -> {
            PickListLine line = new PickListLine();
            line.pickList = this;
            return line;
        });
    }

    /**
     * An amendment asks for fewer units of a SKU: at most {@code quantity} are taken off its lines (a line at 0 goes);
     * returns how many, which the caller releases.
     */
    public int reduce(String sku, int quantity) {
        requireStatus(PickListStatus.OPEN, "changed");
        return ItemLine.reduce(lines, sku, quantity);
    }

    /** A newer revision of the order replaces this open list; the caller releases its reservations. */
    public void supersede() {
        if (status != PickListStatus.OPEN) {
            throw new IllegalStateException("only an OPEN pick list can be superseded, " + id + " is " + status);
        }
        status = PickListStatus.SUPERSEDED;
    }

    public Picked toPickedEvent(List<Parcel> parcels) {
        return new Picked(
                orderId,
                id,
                warehouse,
                pickedBySku().entrySet().stream()
                        .map(e -> new LineQuantity(e.getKey(), e.getValue()))
                        .toList(),
                parcels.stream()
                        .map(p -> new Picked.Parcel(p.number, p.weightKg))
                        .toList(),
                pickedBy,
                pickedAt,
                replacesShipmentId);
    }
}
