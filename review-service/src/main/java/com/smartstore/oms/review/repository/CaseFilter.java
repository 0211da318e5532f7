package com.smartstore.oms.review.repository;

import com.smartstore.oms.contracts.events.ExceptionType;
import com.smartstore.oms.review.domain.CaseStatus;
import java.time.Instant;
import java.util.UUID;

/** Which cases the desk lists; every field optional. {@code overdue}: assigned and past the deadline at {@code now}. */
public record CaseFilter(
        CaseStatus status, ExceptionType type, String owner, UUID orderId, Boolean overdue, Instant now) {}
