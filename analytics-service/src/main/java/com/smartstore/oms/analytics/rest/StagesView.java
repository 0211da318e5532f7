package com.smartstore.oms.analytics.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.smartstore.oms.analytics.domain.DurationStatistics;
import com.smartstore.oms.analytics.domain.Metrics;
import com.smartstore.oms.analytics.domain.Tally;
import com.smartstore.oms.analytics.repository.FigureRepository.Row;
import com.smartstore.oms.analytics.service.FigureQueries;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The time spent in each stage (R-A4), over the stages that ended in the range: overall, per channel and per
 * warehouse, each with its bottleneck, the stage with the highest mean among received-to-approved,
 * approved-to-picked, picked-to-shipped and shipped-to-delivered (manual review is part of received-to-approved).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record StagesView(
        Instant from,
        Instant to,
        StageSet overall,
        Map<String, StageSet> byChannel,
        Map<String, StageSet> byWarehouse) {

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record StageSet(Map<String, TimeToShipView.Figures> stages, String bottleneck) {

        static StageSet of(Map<String, Tally> byStage) {
            Map<String, TimeToShipView.Figures> stages = new LinkedHashMap<>();
            String bottleneck = null;
            double slowest = Double.NEGATIVE_INFINITY;
            for (String stage : Metrics.STAGES) {
                DurationStatistics s = byStage.getOrDefault(stage, new Tally()).durations();
                stages.put(stage, TimeToShipView.Figures.of(s));
                if (!stage.equals(Metrics.MANUAL_REVIEW) && s.meanSeconds() != null && s.meanSeconds() > slowest) {
                    slowest = s.meanSeconds();
                    bottleneck = stage;
                }
            }
            return new StageSet(stages, bottleneck);
        }
    }

    public static StagesView of(TimeRange range, List<Row> overall, List<Row> channels, List<Row> warehouses) {
        return new StagesView(
                range.from(),
                range.to(),
                StageSet.of(FigureQueries.tally(overall, Row::metric)),
                byDimension(channels),
                byDimension(warehouses));
    }

    private static Map<String, StageSet> byDimension(List<Row> rows) {
        Map<String, Map<String, Tally>> byDim = new TreeMap<>();
        rows.forEach(r -> byDim.computeIfAbsent(r.dim(), d -> new TreeMap<>())
                .computeIfAbsent(r.metric(), m -> new Tally())
                .add(r.count(), r.total(), r.sketch()));
        Map<String, StageSet> sets = new TreeMap<>();
        byDim.forEach((dim, stages) -> sets.put(dim, StageSet.of(stages)));
        return sets;
    }
}
