package com.smartstore.oms.warehouse.rest;

import com.smartstore.oms.warehouse.domain.PurchaseRequestStatus;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Changes to a purchase request; fields left out stay as they are; the status only moves forward. */
public record UpdatePurchaseRequest(
        @Size(max = 500) String specification,
        @Min(1) @Max(1_000_000) Integer quantity,

        @Size(max = 200) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
        String supplier,

        LocalDate expectedArrival,
        PurchaseRequestStatus status,
        @Size(max = 2000) String notes) {}
