package com.smartstore.oms.shipping.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What the warehouse or logistics enters when the parcels leave with a carrier (R-S1). */
public record DispatchRequest(
        @NotBlank @Size(max = 100) String carrier,
        @NotBlank @Size(max = 100) String trackingNumber,
        LocalDate estimatedDelivery) {}
