package com.smartstore.oms.intake.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why an order is cancelled (R-I11); the reason goes out on {@code order-cancelled}. */
public record CancelRequest(@NotBlank @Size(max = 500) String reason) {}
