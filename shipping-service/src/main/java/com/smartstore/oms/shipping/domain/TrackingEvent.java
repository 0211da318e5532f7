package com.smartstore.oms.shipping.domain;

import com.smartstore.oms.contracts.events.DeliveryStatus;
import com.smartstore.oms.contracts.events.DeliveryUpdated;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One tracking update of a shipment, as it arrived (R-S5): kept for ever, never changed. */
@Entity
@Table(name = "tracking_event")
public class TrackingEvent {
    @Id
    public UUID id;

    /** Null for an update of a tracking number no shipment has. */
    @Column(name = "shipment_id")
    public UUID shipmentId;

    @Column(name = "tracking_number")
    public String trackingNumber;

    @Enumerated(EnumType.STRING)
    public DeliveryStatus status;

    @Column(name = "happened_at")
    public Instant happenedAt;

    public String location;

    public String description;

    @Column(name = "estimated_delivery")
    public LocalDate estimatedDelivery;

    @Enumerated(EnumType.STRING)
    public DeliveryUpdated.Source source;

    public String carrier;

    /** The carrier's id of the update; null for staff entries. */
    @Column(name = "carrier_event_id")
    public String carrierEventId;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    /**
     * A carrier's update of a tracking number no shipment has: kept (a parcel dispatched under a mistyped number,
     * say), published nowhere, and not a reason to make the carrier deliver it again.
     */
    public static TrackingEvent unmatched(String carrier, String trackingNumber, TrackingUpdate update, Instant now) {
        TrackingEvent record = of(update, now);
        record.carrier = carrier;
        record.trackingNumber = trackingNumber;
        return record;
    }

    /** The update this record keeps, as it arrived (to apply to a shipment dispatched under its number later). */
    public TrackingUpdate update() {
        return new TrackingUpdate(
                status, happenedAt, location, description, estimatedDelivery, source, carrierEventId, recordedBy);
    }

    static TrackingEvent of(TrackingUpdate update, Instant now) {
        TrackingEvent record = new TrackingEvent();
        record.id = UUID.randomUUID();
        record.status = update.status();
        record.happenedAt = update.happenedAt();
        record.location = update.location();
        record.description = update.description();
        record.estimatedDelivery = update.estimatedDelivery();
        record.source = update.source();
        record.carrierEventId = update.carrierEventId();
        record.recordedBy = update.recordedBy();
        record.recordedAt = now;
        return record;
    }
}
