package com.smartstore.oms.warehouse.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A correction of on hand: a signed number of units (not 0) and why. */
public record AdjustStockRequest(
        @NotNull @NonZero @Min(-1_000_000) @Max(1_000_000) Integer delta,
        @NotBlank @Size(max = 500) String reason) {}
