package com.smartstore.oms.returns.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** A customer's return request as customer service or after-sales enters it; lines are optional. */
public record CreateReturnRequest(
        @NotNull UUID orderId,
        @NotBlank @Size(max = 2000) String reason,
        @Size(max = 200) List<@NotNull @Valid Line> lines) {

    public record Line(
            @NotBlank @Size(max = 64) String sku,
            @Positive @Max(10_000) int quantity) {}
}
