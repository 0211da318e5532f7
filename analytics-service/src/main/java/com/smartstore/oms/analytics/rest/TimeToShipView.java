package com.smartstore.oms.analytics.rest;

import static com.smartstore.oms.analytics.service.FigureQueries.total;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.smartstore.oms.analytics.domain.DurationStatistics;
import com.smartstore.oms.analytics.domain.Metrics;
import com.smartstore.oms.analytics.repository.FigureRepository.Row;
import java.time.Instant;
import java.util.List;

/** The time-to-ship report as the API shows it; absent figures are null, not left out. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record TimeToShipView(Instant from, Instant to, long shippedOrders, Figures receivedToShipped, Stages stages) {

    /** The daily figures time-to-ship reads. */
    public static final List<String> METRICS = List.of(
            Metrics.SHIPPED,
            Metrics.RECEIVED_TO_SHIPPED,
            Metrics.TTS_RECEIVED_TO_APPROVED,
            Metrics.TTS_APPROVED_TO_PICKED,
            Metrics.TTS_PICKED_TO_SHIPPED);

    /** The duration metrics among them (summed from month roll-ups where a range has whole months). */
    public static final List<String> DURATIONS = METRICS.subList(1, METRICS.size());

    /** Durations in seconds; all null when {@code count} is 0. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Figures(
            long count,
            Double meanSeconds,
            Double p50Seconds,
            Double p90Seconds,
            Double p99Seconds,
            Double maxSeconds) {

        static Figures of(DurationStatistics s) {
            return new Figures(
                    s.count(), s.meanSeconds(), s.p50Seconds(), s.p90Seconds(), s.p99Seconds(), s.maxSeconds());
        }
    }

    public record Stages(Figures receivedToApproved, Figures approvedToPicked, Figures pickedToShipped) {}

    /** From the overall daily figures of the days in range. */
    public static TimeToShipView of(TimeRange range, List<Row> rows) {
        return new TimeToShipView(
                range.from(),
                range.to(),
                total(rows, Metrics.SHIPPED).count(),
                Figures.of(total(rows, Metrics.RECEIVED_TO_SHIPPED).durations()),
                new Stages(
                        Figures.of(total(rows, Metrics.TTS_RECEIVED_TO_APPROVED).durations()),
                        Figures.of(total(rows, Metrics.TTS_APPROVED_TO_PICKED).durations()),
                        Figures.of(total(rows, Metrics.TTS_PICKED_TO_SHIPPED).durations())));
    }
}
