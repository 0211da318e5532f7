package com.smartstore.oms.returns.rest;

import com.smartstore.oms.returns.domain.Alternative;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * Either an offer for goods the policy does not cover ({@code alternative}, {@code explanation}, and for
 * PARTIAL_COMPENSATION {@code compensationAmount}), or the customer's answer to the offer waiting
 * ({@code customerConsent} true or false, {@code consentNote}: how and when they said so).
 */
public record AlternativeRequest(
        Alternative alternative,
        @Size(max = 2000) String explanation,
        @DecimalMin("0.01") @DecimalMax("1000000") BigDecimal compensationAmount,
        Boolean customerConsent,
        @Size(max = 2000) String consentNote) {}
