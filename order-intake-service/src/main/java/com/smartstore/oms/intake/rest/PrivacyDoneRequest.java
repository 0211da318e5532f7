package com.smartstore.oms.intake.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What staff did about a privacy request (e.g. "export sent to the customer on 2026-12-03"). */
public record PrivacyDoneRequest(@NotBlank @Size(max = 500) String note) {}
