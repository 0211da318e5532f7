package com.smartstore.oms.shipping.rest;

import com.smartstore.oms.contracts.events.DeliveryStatus;
import com.smartstore.oms.contracts.events.DeliveryUpdated;
import com.smartstore.oms.shipping.domain.TrackingEvent;
import java.time.Instant;
import java.time.LocalDate;

/** One tracking update in a shipment's history. */
public record TrackingView(
        DeliveryStatus status,
        Instant happenedAt,
        String location,
        String description,
        LocalDate estimatedDelivery,
        DeliveryUpdated.Source source,
        String recordedBy,
        Instant recordedAt) {

    static TrackingView of(TrackingEvent e) {
        return new TrackingView(
                e.status,
                e.happenedAt,
                e.location,
                e.description,
                e.estimatedDelivery,
                e.source,
                e.recordedBy,
                e.recordedAt);
    }
}
