package com.smartstore.oms.warehouse.rest;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The parcels a picked list was packed into: each with its weight, or just how many (weights unknown); neither
 * means one parcel.
 */
public record PackRequest(
        @Size(min = 1, max = 100) List<ConfirmPickRequest.@NotNull @Valid ParcelRequest> parcels,
        @Min(1) @Max(100) Integer count) {

    @AssertTrue(message = "give parcels or count, not both (or count equal to the number of parcels)")
    @JsonIgnore
    public boolean isConsistent() {
        return parcels == null || count == null || count == parcels.size();
    }
}
