package com.smartstore.oms.intake.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The catalogue SKU of a platform line that came without one (issue 10); {@code remember} also adds the channel's SKU
 * mapping of the line's product and variant, so the next order of it maps by itself.
 */
public record LineMappingRequest(
        @NotBlank
        @Size(max = 64)
        @Pattern(regexp = "[A-Za-z0-9._-]+", message = "may contain only letters, digits, '.', '_' and '-'")
        String sku,

        Boolean remember) {}
