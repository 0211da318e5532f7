package com.smartstore.oms.review.domain;

import com.smartstore.oms.contracts.events.PaymentResult;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * What trusted sources (signed provider webhooks, finance) recorded about an order's payments, as the newest
 * {@code payment-recorded} says (R-I6, R-E6): the running total captured net of refunds and the last result.
 */
public record RecordedPayment(
        BigDecimal capturedTotal, PaymentResult lastResult, String failureReason, Instant recordedAt) {}
