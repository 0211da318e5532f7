package com.smartstore.oms.shipping.rest;

import com.smartstore.oms.contracts.events.DeliveryStatus;
import com.smartstore.oms.contracts.events.Remedy;
import com.smartstore.oms.shipping.domain.Item;
import com.smartstore.oms.shipping.domain.Parcel;
import com.smartstore.oms.shipping.domain.ShipByPolicy;
import com.smartstore.oms.shipping.domain.ShipTo;
import com.smartstore.oms.shipping.domain.Shipment;
import com.smartstore.oms.shipping.domain.ShipmentStatus;
import com.smartstore.oms.shipping.domain.TrackingEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A shipment as the API shows it; order number, address, requested date and ship-by time are null until the order is
 * known; {@code urgency} says how a waiting shipment stands against its ship-by time (R-S2). Once
 * shipped: the carrier's tracking page, where the parcel is (the newest tracking update) and every update (R-S4). The
 * warehouse sees the address masked: city, postal code, country and the recipient's initials (R-SEC1). The newest remedy
 * the case desk chose for it (issue 11), and the links between a lost shipment and its replacement.
 */
public record ShipmentView(
        UUID id,
        UUID orderId,
        String orderNumber,
        UUID pickListId,
        String warehouse,
        ShipmentStatus status,
        List<Parcel> parcels,
        List<Item> items,
        LocalDate requestedShipDate,
        Instant shipBy,
        ShipByPolicy.Urgency urgency,
        Address shipTo,
        Instant pickedAt,
        String pickedBy,
        Instant createdAt,
        String carrier,
        String trackingNumber,
        String serviceLevel,
        LocalDate estimatedDelivery,
        Instant shippedAt,
        String shippedBy,
        Instant cancelledAt,
        String cancelReason,
        String trackingUrl,
        DeliveryStatus deliveryStatus,
        Instant deliveredAt,
        List<TrackingView> tracking,
        Remedy remedy,
        UUID remedyCaseId,
        Instant remedyAt,
        String remedyBy,
        Instant replacementRequestedAt,
        UUID replacesShipmentId,
        UUID replacedByShipmentId) {

    public record Address(
            String recipient,
            String line1,
            String line2,
            String city,
            String region,
            String postalCode,
            String country) {

        static Address of(ShipTo to) {
            return to == null
                    ? null
                    : new Address(to.recipient, to.line1, to.line2, to.city, to.region, to.postalCode, to.country);
        }
    }

    /**
     * The shipment with its public tracking page and its tracking history (oldest first); the address whole for those
     * who need it ({@code fullAddress}: shipping, customer service), else {@link ShipTo#masked() masked} (R-SEC1).
     */
    public static ShipmentView of(
            Shipment s,
            ShipByPolicy.Urgency urgency,
            String trackingUrl,
            List<TrackingEvent> history,
            boolean fullAddress) {
        return new ShipmentView(
                s.id,
                s.orderId,
                s.orderNumber,
                s.pickListId,
                s.warehouse,
                s.status,
                s.parcels,
                s.items,
                s.requestedShipDate,
                s.shipBy,
                urgency,
                Address.of(fullAddress || s.shipTo == null ? s.shipTo : s.shipTo.masked()),
                s.pickedAt,
                s.pickedBy,
                s.createdAt,
                s.carrier,
                s.trackingNumber,
                s.serviceLevel,
                s.estimatedDelivery,
                s.shippedAt,
                s.shippedBy,
                s.cancelledAt,
                s.cancelReason,
                trackingUrl,
                s.deliveryStatus,
                s.deliveredAt,
                history.stream().map(TrackingView::of).toList(),
                s.remedy,
                s.remedyCaseId,
                s.remedyAt,
                s.remedyBy,
                s.replacementRequestedAt,
                s.replacesShipmentId,
                s.replacedByShipmentId);
    }
}
