package com.smartstore.oms.shipping.rest;

import com.smartstore.oms.contracts.events.DeliveryStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A tracking update entered by staff (R-S5), e.g. what the carrier said on the phone: the status, when it happened
 * (now if not given), where, a note, and a new estimated delivery if there is one.
 */
public record TrackingEntryRequest(
        @NotNull DeliveryStatus status,
        Instant happenedAt,
        @Size(max = 200) String location,
        @Size(max = 1000) String description,
        LocalDate estimatedDelivery) {}
