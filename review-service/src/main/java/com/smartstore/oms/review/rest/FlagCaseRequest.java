package com.smartstore.oms.review.rest;

import com.smartstore.oms.contracts.events.ExceptionType;
import com.smartstore.oms.contracts.events.Severity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A member of staff flags an order as exceptional (R-E2); a COMPLAINT names the department responsible (R-E8). */
public record FlagCaseRequest(
        @NotNull UUID orderId,
        @Size(max = 64) String orderNumber,
        @NotNull ExceptionType type,
        @NotNull Severity severity,
        @NotBlank @Size(max = 4000) String description,
        @Size(max = 100) String department) {}
