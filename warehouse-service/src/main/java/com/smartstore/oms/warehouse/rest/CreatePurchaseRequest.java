package com.smartstore.oms.warehouse.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A new restock request: what, how many, from whom, and when it is expected. */
public record CreatePurchaseRequest(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{1,64}", message = "use 1 to 64 letters, digits, '.', '_' or '-'")
        String sku,

        @Size(max = 500) String specification,
        @NotNull @Min(1) @Max(1_000_000) Integer quantity,
        @NotBlank @Size(max = 200) String supplier,
        @NotNull LocalDate expectedArrival,
        @Size(max = 2000) String notes) {}
