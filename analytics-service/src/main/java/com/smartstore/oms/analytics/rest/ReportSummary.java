package com.smartstore.oms.analytics.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A stored report in the list: what it covers, when and by whom it was made. */
public record ReportSummary(
        UUID id, String kind, LocalDate from, LocalDate to, Instant generatedAt, String generatedBy) {}
