package com.smartstore.oms.intake.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A customer's change to an order in progress (R-I10): a new shipping address, new contact details and/or
 * line changes, with the reason. Only what is given changes.
 */
public record AmendmentRequest(
        @NotBlank @Size(max = 500) String reason,
        @Valid CreateOrderRequest.Address shippingAddress,
        @Valid Contact contact,
        @Size(max = 200) List<@NotNull @Valid LineChange> lines) {

    @AssertTrue(message = "give a shippingAddress, a contact or lines to change")
    public boolean isChangingSomething() {
        return shippingAddress != null || contact != null || (lines != null && !lines.isEmpty());
    }

    /** New contact details; a missing field stays as it is. */
    public record Contact(
            @Size(max = 40) @Pattern(regexp = "\\+?[0-9 ()-]{6,40}", message = "must be a phone number")
            String phone,

            @Size(max = 200) @Email String email) {

        @AssertTrue(message = "give a phone or an e-mail")
        public boolean isGiven() {
            return (phone != null && !phone.isBlank()) || (email != null && !email.isBlank());
        }
    }

    /**
     * A change to line {@code lineNo}: another sku (priced from the catalogue), another specification and/or
     * another quantity (0 removes the line); missing fields stay.
     */
    public record LineChange(
            @Positive int lineNo,
            @Size(max = 64) String sku,
            @Size(max = 200) String specification,
            @Min(0) @Max(10_000) Integer quantity) {}
}
