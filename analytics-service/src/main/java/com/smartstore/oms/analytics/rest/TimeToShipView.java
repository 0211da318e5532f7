package com.smartstore.oms.analytics.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.smartstore.oms.analytics.domain.DurationStatistics;
import com.smartstore.oms.analytics.domain.TimeToShip;
import java.time.Instant;

/** The time-to-ship report as the API shows it; absent figures are null, not left out. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record TimeToShipView(Instant from, Instant to, int shippedOrders, Figures receivedToShipped, Stages stages) {

    /** Durations in seconds; all null when {@code count} is 0. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Figures(
            int count, Double meanSeconds, Double p50Seconds, Double p90Seconds, Double p99Seconds, Double maxSeconds) {

        static Figures of(DurationStatistics s) {
            return new Figures(
                    s.count(), s.meanSeconds(), s.p50Seconds(), s.p90Seconds(), s.p99Seconds(), s.maxSeconds());
        }
    }

    public record Stages(Figures receivedToApproved, Figures approvedToPicked, Figures pickedToShipped) {}

    public static TimeToShipView of(TimeRange range, TimeToShip report) {
        return new TimeToShipView(
                range.from(),
                range.to(),
                report.shippedOrders(),
                Figures.of(report.receivedToShipped()),
                new Stages(
                        Figures.of(report.receivedToApproved()),
                        Figures.of(report.approvedToPicked()),
                        Figures.of(report.pickedToShipped())));
    }
}
