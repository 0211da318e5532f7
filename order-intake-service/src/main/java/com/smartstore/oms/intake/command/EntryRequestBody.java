package com.smartstore.oms.intake.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An order taken in conversation or in person, passed on for entry (R-I2, R-I3). */
public record EntryRequestBody(
        @NotBlank @Size(max = 200) String customerName,
        @NotBlank @Size(max = 200) String contact,
        @NotBlank @Size(max = 2000) String requested,
        @Size(max = 4000) String notes) {}
