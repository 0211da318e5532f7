package com.smartstore.oms.intake.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a cancellation is requested (R-I11); the reason goes out on {@code order-cancel-requested}. */
public record CancelRequest(@NotBlank @Size(max = 500) String reason) {}
