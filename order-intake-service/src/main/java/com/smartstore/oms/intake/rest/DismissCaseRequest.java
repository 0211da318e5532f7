package com.smartstore.oms.intake.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a clerk makes no order of an intake case (e.g. "a test delivery of the merchant's"). */
public record DismissCaseRequest(@NotBlank @Size(max = 500) String reason) {}
