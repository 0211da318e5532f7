package com.smartstore.oms.warehouse.rest;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * What the picker found: units per line, named by {@code lineNo} or {@code sku} (lines not named were picked in
 * full; no lines at all: everything as listed). Parcels here pack the list in the same call (the older one-step
 * confirmation); without them the list waits for {@code POST /pack}.
 */
public record ConfirmPickRequest(
        @Size(max = 500) List<@NotNull @Valid PickedLineRequest> lines,
        @Size(max = 100) List<@NotNull @Valid ParcelRequest> parcels) {

    /** Units found for one line; 0 means none was found. */
    public record PickedLineRequest(
            @Min(1) Integer lineNo,
            @Size(max = 64) String sku,
            @NotNull @Min(0) @Max(1_000_000) Integer quantity) {

        @AssertTrue(message = "name the line by lineNo or sku")
        @JsonIgnore
        public boolean isNamed() {
            return lineNo != null || (sku != null && !sku.isBlank());
        }
    }

    /** A packed parcel; its weight is optional. */
    public record ParcelRequest(
            @DecimalMin(value = "0", inclusive = false) @Digits(integer = 6, fraction = 3)
            BigDecimal weightKg) {}
}
