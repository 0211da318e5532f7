package com.smartstore.oms.review.rest;

import com.smartstore.oms.contracts.events.Remedy;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The result and remedy of a case (R-E4); {@code financeAction} is required on PAYMENT cases (R-E6),
 * {@code carrierClaim} on LOGISTICS cases refunded, resent or compensated (R-E7).
 */
public record ResolveCaseRequest(
        @NotBlank @Size(max = 4000) String result,
        @NotNull Remedy remedy,
        @Size(max = 1000) String financeAction,
        @Size(max = 200) String carrierClaim) {}
