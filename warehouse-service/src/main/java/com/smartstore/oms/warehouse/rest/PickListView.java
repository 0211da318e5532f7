package com.smartstore.oms.warehouse.rest;

import com.smartstore.oms.warehouse.domain.OrderDecision;
import com.smartstore.oms.warehouse.domain.Parcel;
import com.smartstore.oms.warehouse.domain.PickList;
import com.smartstore.oms.warehouse.domain.PickListStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A pick list as the API shows it, with its parcels once it is picked, its deadline (R-W3), and the hold or rejection
 * that stops it while review's newest decision on the order is one (null otherwise; issue 17). A replacement's pick
 * list (a resend from the case desk, issue 11) names the lost shipment it sends again and the case.
 */
public record PickListView(
        UUID id,
        UUID orderId,
        String orderNumber,
        int revision,
        String warehouse,
        PickListStatus status,
        List<PickLineView> lines,
        List<ParcelView> parcels,
        LocalDate requestedShipDate,
        Instant approvedAt,
        Instant createdAt,
        Instant pickedAt,
        String pickedBy,
        Instant packedAt,
        String packedBy,
        Instant dueAt,
        boolean overdue,
        boolean escalated,
        Instant breachedAt,
        Instant cancelledAt,
        HoldView hold,
        UUID replacesShipmentId,
        UUID caseId) {

    /** Why the order may not be picked or packed now: review's newest decision (HELD or REJECTED) and its reason. */
    public record HoldView(String decision, String reason, long sequence, Instant since) {
        static HoldView of(OrderDecision d) {
            return d == null || !d.stopsFulfilment()
                    ? null
                    : new HoldView(d.decision.name(), d.reason, d.sequence, d.decidedAt);
        }
    }

    public record ParcelView(int number, BigDecimal weightKg) {}

    /** A line to pick, and once confirmed how many units were found (fewer: a short pick). */
    public record PickLineView(int lineNo, String sku, int quantity, Integer pickedQuantity) {}

    public static PickListView of(PickList p, List<Parcel> parcels, Instant now) {
        return of(p, parcels, null, now);
    }

    /** With review's newest decision on the order, if any. */
    public static PickListView of(PickList p, List<Parcel> parcels, OrderDecision decision, Instant now) {
        return new PickListView(
                p.id,
                p.orderId,
                p.orderNumber,
                p.revision,
                p.warehouse,
                p.status,
                p.lines.stream()
                        .map(l -> new PickLineView(l.lineNo, l.sku, l.quantity, l.pickedQuantity))
                        .toList(),
                parcels.stream()
                        .filter(parcel -> parcel.pickListId.equals(p.id))
                        .map(parcel -> new ParcelView(parcel.number, parcel.weightKg))
                        .toList(),
                p.requestedShipDate,
                p.approvedAt,
                p.createdAt,
                p.pickedAt,
                p.pickedBy,
                p.packedAt,
                p.packedBy,
                p.dueAt,
                p.overdue(now),
                p.breachedAt != null,
                p.breachedAt,
                p.cancelledAt,
                HoldView.of(decision),
                p.replacesShipmentId,
                p.caseId);
    }
}
