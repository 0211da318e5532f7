package com.smartstore.oms.intake.command;

import com.smartstore.oms.contracts.events.PaymentMethod;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * An order from the shop's own order page (R-I1): who, where to, and which SKUs how many times. Names and
 * prices come from the catalogue, never from the caller.
 */
public record StorefrontOrderRequest(
        @NotNull @Valid CreateOrderRequest.Customer customer,
        @NotNull @Valid CreateOrderRequest.Address shippingAddress,
        @NotEmpty @Size(max = 100) List<@NotNull @Valid Line> lines,
        @Valid CreateOrderRequest.Remarks remarks,
        @NotNull @Valid Payment payment) {

    public record Line(
            @NotBlank @Size(max = 64) String sku,
            @Positive @Max(10_000) int quantity) {}

    /** How the customer pays; with INSTALMENTS, into how many instalments the total is split. */
    public record Payment(
            @NotNull PaymentMethod method,
            Instant paidAt,
            @Min(2) @Max(120) Integer instalments) {}
}
