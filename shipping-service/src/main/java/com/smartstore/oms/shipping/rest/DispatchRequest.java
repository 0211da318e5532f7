package com.smartstore.oms.shipping.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What the warehouse or logistics enters when the parcels leave with a carrier (R-S1): the service level is optional
 * (the carrier's default), and so is the estimated delivery (then from the service's transit business days).
 */
public record DispatchRequest(
        @NotBlank @Size(max = 100) String carrier,
        @NotBlank @Size(max = 100) String trackingNumber,
        LocalDate estimatedDelivery,
        @Size(max = 50) String serviceLevel) {}
