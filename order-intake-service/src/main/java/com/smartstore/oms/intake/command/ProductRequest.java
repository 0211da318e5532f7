package com.smartstore.oms.intake.command;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A product as managers create or change it; {@code active} defaults to true. A change ({@code PUT}) names the
 * {@code version} it was based on (as {@code GET} showed it); creating ignores it.
 */
public record ProductRequest(
        @NotBlank
        @Size(max = 64)
        @Pattern(regexp = "[A-Za-z0-9._-]+", message = "may contain only letters, digits, '.', '_' and '-'")
        String sku,

        @NotBlank @Size(max = 200) String name,
        @Size(max = 200) String specification,
        @Size(max = 100) String category,

        @NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2)
        BigDecimal unitPrice,

        Boolean active,
        @PositiveOrZero Long version) {}
