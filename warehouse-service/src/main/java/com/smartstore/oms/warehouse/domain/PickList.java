package com.smartstore.oms.warehouse.domain;

import com.smartstore.oms.contracts.events.LineQuantity;
import com.smartstore.oms.contracts.events.Picked;
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
import java.util.SortedMap;
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

    /** Still open after its deadline. */
    public boolean overdue(Instant now) {
        return status == PickListStatus.OPEN && dueAt != null && dueAt.isBefore(now);
    }

    /** Units per SKU over all lines, in SKU order (the order stock rows are locked in). */
    public SortedMap<String, Integer> quantitiesBySku() {
        return Allocation.demand(lineQuantities());
    }

    public List<LineQuantity> lineQuantities() {
        return lines.stream().map(l -> new LineQuantity(l.sku, l.quantity)).toList();
    }

    /**
     * Marks the list picked and returns its parcels, numbered from 1; an order leaves in at least one parcel, so
     * none given means one of unknown weight. Refused unless the list is open.
     */
    public List<Parcel> confirm(String by, Instant at, List<BigDecimal> parcelWeights) {
        if (status != PickListStatus.OPEN) {
            throw new RefusedChange(
                    "pick-list-not-open",
                    "Pick list " + id + " is " + status + "; only an OPEN pick list can be confirmed");
        }
        status = PickListStatus.PICKED;
        pickedBy = by;
        pickedAt = at;
        List<BigDecimal> weights =
                parcelWeights == null || parcelWeights.isEmpty() ? Collections.singletonList(null) : parcelWeights;
        List<Parcel> parcels = new ArrayList<>();
        for (BigDecimal weight : weights) {
            parcels.add(Parcel.of(id, parcels.size() + 1, weight));
        }
        return parcels;
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
                lineQuantities(),
                parcels.stream()
                        .map(p -> new Picked.Parcel(p.number, p.weightKg))
                        .toList(),
                pickedBy,
                pickedAt);
    }
}
