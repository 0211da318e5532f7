package com.smartstore.oms.returns.rest;

import com.smartstore.oms.returns.domain.ContactChannel;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A contact with the customer of a return ticket (R-X3): how, and what was said. */
public record ContactRequest(
        @NotNull ContactChannel channel, @Size(max = 2000) String note) {}
