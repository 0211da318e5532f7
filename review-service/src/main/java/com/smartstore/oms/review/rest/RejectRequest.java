package com.smartstore.oms.review.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a reviewer rejects an order: an optional code for reports and a sentence for the entry clerk. */
public record RejectRequest(
        @Size(max = 64) String reasonCode,
        @NotBlank @Size(max = 2000) String reason) {}
