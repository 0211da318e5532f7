package com.smartstore.oms.returns.rest;

import com.smartstore.oms.returns.domain.ItemDisposition;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The grading of each returned line (R-X4, R-X5): its condition in words and the disposition. */
public record InspectionRequest(
        @NotEmpty @Size(max = 200) List<@NotNull @Valid Line> lines,
        @Size(max = 2000) String note) {

    public record Line(
            @NotBlank @Size(max = 64) String sku,
            @NotBlank @Size(max = 500) String condition,
            @NotNull ItemDisposition disposition) {}
}
