package com.smartstore.oms.shipping.domain;

import com.smartstore.oms.contracts.events.DeliveryStatus;
import com.smartstore.oms.contracts.events.DeliveryUpdated;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What a carrier's webhook or a member of staff reports about a parcel: its status at {@code happenedAt} (the
 * carrier's clock), where, in whose words, and a new estimated delivery where there is one.
 */
public record TrackingUpdate(
        DeliveryStatus status,
        Instant happenedAt,
        String location,
        String description,
        LocalDate estimatedDelivery,
        DeliveryUpdated.Source source,
        String carrierEventId,
        String recordedBy) {}
