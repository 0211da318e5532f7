package com.smartstore.oms.returns.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** Which goods of an order a customer would like to return; no lines: every returnable one. */
public record EligibilityRequest(
        @NotNull UUID orderId, @Size(max = 200) List<CreateReturnRequest.@NotNull @Valid Line> lines) {}
