package com.smartstore.oms.returns.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What came back for a return ticket (R-X4): per SKU how many (0: it did not come back), and a note. */
public record ReceiptRequest(
        @NotEmpty @Size(max = 200) List<@NotNull @Valid Line> lines,
        @Size(max = 2000) String note) {

    public record Line(
            @NotBlank @Size(max = 64) String sku,
            @PositiveOrZero @Max(10_000) int quantity) {}
}
