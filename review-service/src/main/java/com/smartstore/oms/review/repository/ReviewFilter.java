package com.smartstore.oms.review.repository;

import com.smartstore.oms.contracts.events.SalesChannel;
import com.smartstore.oms.review.domain.ReviewStatus;
import java.time.Instant;
import java.util.UUID;

/**
 * Which reviews the queue shows; every field is optional. {@code rule} is the id of a rule that failed,
 * {@code overdue} compares the deadline with {@code now}; {@code escalated} picks reviews the SLA check escalated.
 */
public record ReviewFilter(
        ReviewStatus status,
        UUID orderId,
        String rule,
        Boolean overdue,
        Boolean escalated,
        String assignee,
        SalesChannel channel,
        Instant now) {}
