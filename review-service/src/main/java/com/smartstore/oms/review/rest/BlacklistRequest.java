package com.smartstore.oms.review.rest;

import com.smartstore.oms.contracts.events.OrderReceived;
import com.smartstore.oms.review.domain.BlacklistKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A phone or e-mail ({@code value}) or an address ({@code address}) to blacklist, and why. */
public record BlacklistRequest(
        @NotNull BlacklistKind kind,
        @Size(max = 320) String value,
        @Valid Address address,
        @NotBlank @Size(max = 1000) String reason) {

    /** An address as orders carry it. */
    public record Address(
            @Size(max = 200) String line1,
            @Size(max = 200) String line2,
            @Size(max = 100) String city,
            @Size(max = 20) String postalCode,
            @Size(max = 2) String country) {

        OrderReceived.Address toOrderAddress() {
            if (line1 == null || city == null || postalCode == null || country == null) {
                return null;
            }
            return new OrderReceived.Address(null, line1, line2, city, null, postalCode, country);
        }
    }
}
