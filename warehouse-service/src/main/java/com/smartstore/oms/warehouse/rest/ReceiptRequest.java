package com.smartstore.oms.warehouse.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** Goods received into a warehouse, optionally against a purchase request. */
public record ReceiptRequest(
        @NotBlank String warehouse,
        @NotBlank String sku,
        @NotNull @Min(1) @Max(1_000_000) Integer quantity,
        UUID purchaseRequestId) {}
