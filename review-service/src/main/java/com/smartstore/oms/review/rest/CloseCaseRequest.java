package com.smartstore.oms.review.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** Customer service told the customer the result; their satisfaction 1-5 (R-E5). */
public record CloseCaseRequest(
        @NotNull Boolean customerInformed,
        @NotNull @Min(1) @Max(5) Integer satisfaction) {}
