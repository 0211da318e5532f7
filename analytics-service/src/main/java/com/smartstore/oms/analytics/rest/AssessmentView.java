package com.smartstore.oms.analytics.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** One person's assessment over a range (R-T2, by default the last full month): their KPIs and the team's. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AssessmentView(Instant from, Instant to, StaffKpiView kpis, StaffKpiView team) {}
