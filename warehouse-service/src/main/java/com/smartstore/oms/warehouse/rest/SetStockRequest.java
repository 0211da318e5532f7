package com.smartstore.oms.warehouse.rest;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** A counted quantity on hand. */
public record SetStockRequest(@NotNull @Min(0) Integer onHand) {}
