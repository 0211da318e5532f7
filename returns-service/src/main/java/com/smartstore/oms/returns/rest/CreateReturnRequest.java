package com.smartstore.oms.returns.rest;

import com.smartstore.oms.returns.domain.RequestedOutcome;
import com.smartstore.oms.returns.domain.ReturnReason;
import com.smartstore.oms.returns.domain.ReturnRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * A customer's return request as customer service or after-sales enters it (R-X2); no lines: every returnable one.
 * An EXCHANGE names the specification wanted instead.
 */
public record CreateReturnRequest(
        @NotNull UUID orderId,
        @NotNull ReturnReason reason,
        RequestedOutcome requestedOutcome,
        @Size(max = 500) String exchangeSpecification,
        @Size(max = 2000) String notes,
        @Size(max = 10) List<@NotNull @Size(max = 2000) @Pattern(regexp = "https?://\\S+") String> photoUrls,
        @Size(max = 200) List<@NotNull @Valid Line> lines) {

    public record Line(
            @NotBlank @Size(max = 64) String sku,
            @Positive @Max(10_000) int quantity) {}

    public ReturnRequest toRequest() {
        return new ReturnRequest(reason, requestedOutcome, exchangeSpecification, notes, photoUrls);
    }
}
