package com.smartstore.oms.warehouse.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/** Optional details of a confirmed pick: the parcels packed, in order (numbered from 1). */
public record ConfirmPickRequest(@Size(max = 100) List<@NotNull @Valid ParcelRequest> parcels) {

    /** A packed parcel; its weight is optional. */
    public record ParcelRequest(
            @DecimalMin(value = "0", inclusive = false) @Digits(integer = 6, fraction = 3)
            BigDecimal weightKg) {}
}
