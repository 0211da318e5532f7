package com.smartstore.oms.review.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** A manager's assignment of a case: the owner (a user name), the plan and the deadline (R-E3). */
public record AssignCaseRequest(
        @NotBlank @Size(max = 100) String owner,
        @NotBlank @Size(max = 4000) String plan,
        @NotNull Instant deadline) {}
