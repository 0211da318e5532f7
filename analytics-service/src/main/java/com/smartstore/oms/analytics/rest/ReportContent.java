package com.smartstore.oms.analytics.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A stored report: the figures of its period as they were when it was made (R-A6). {@code returns} is null in reports
 * made before returns were reported (issue 13).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ReportContent(
        String kind,
        LocalDate from,
        LocalDate to,
        Instant generatedAt,
        String generatedBy,
        VolumeView volume,
        TimeToShipView timeToShip,
        StagesView stages,
        ExceptionsView exceptions,
        SlaView sla,
        List<StaffKpiView> staff,
        ReturnsView returns) {}
