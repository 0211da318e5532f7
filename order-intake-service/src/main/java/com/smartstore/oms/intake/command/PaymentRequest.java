package com.smartstore.oms.intake.command;

import com.smartstore.oms.contracts.events.PaymentMethod;
import com.smartstore.oms.intake.domain.PaymentStatus;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A payment as finance enters it ({@code POST /api/orders/{id}/payments}, with {@code provider}) or a provider
 * sends it ({@code POST /webhooks/payments/{provider}}, with {@code orderId} or {@code orderNumber}).
 * {@code method} defaults to the order's; {@code instalmentNumber} says which instalment a plan's payment is.
 */
public record PaymentRequest(
        @Size(max = 64) @Pattern(regexp = "[a-z0-9-]+", message = "must be lower-case letters, digits or '-'")
        String provider,

        @NotBlank @Size(max = 200) String paymentId,
        UUID orderId,
        @Size(max = 40) String orderNumber,
        @NotNull PaymentStatus status,

        @NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2)
        BigDecimal amount,

        @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR")
        String currency,

        PaymentMethod method,
        @Positive Integer instalmentNumber,
        Instant paidAt,
        @Size(max = 500) String failureReason) {}
