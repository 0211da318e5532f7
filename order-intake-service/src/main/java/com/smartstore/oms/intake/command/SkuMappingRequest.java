package com.smartstore.oms.intake.command;

import com.smartstore.oms.contracts.events.SalesChannel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A SKU mapping as staff create or change it: on {@code channel} (SHOPIFY or WOOCOMMERCE), the platform's product
 * {@code productId} (and, optionally, only its variant {@code variantId}) is our catalogue product {@code sku}.
 */
public record SkuMappingRequest(
        @NotNull SalesChannel channel,

        @NotBlank
        @Size(max = 100)
        @Pattern(regexp = "[A-Za-z0-9._:/-]+", message = "must be the platform's product id, e.g. 632910392")
        String productId,

        @Size(max = 100)
        @Pattern(regexp = "[A-Za-z0-9._:/-]+", message = "must be the platform's variant id, e.g. 808950810")
        String variantId,

        @NotBlank
        @Size(max = 64)
        @Pattern(regexp = "[A-Za-z0-9._-]+", message = "may contain only letters, digits, '.', '_' and '-'")
        String sku,

        @Size(max = 500) String note) {}
