package com.smartstore.oms.analytics.service;

import com.smartstore.oms.analytics.domain.Metrics;
import com.smartstore.oms.analytics.repository.FigureRepository.Row;
import com.smartstore.oms.analytics.rest.StaffKpiView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Staff KPIs from the per-user daily rows (R-A7): steps, breaches owned, timeliness, case satisfaction, orders entered
 * and entry accuracy.
 */
public final class StaffKpis {
    public static final List<String> METRICS = metrics();

    public static List<StaffKpiView> of(List<Row> rows) {
        Map<String, List<Row>> byUser = new TreeMap<>();
        rows.forEach(
                r -> byUser.computeIfAbsent(r.dim(), u -> new ArrayList<>()).add(r));
        List<StaffKpiView> kpis = new ArrayList<>();
        byUser.forEach((user, own) -> kpis.add(kpi(user, own)));
        return kpis;
    }

    public static StaffKpiView kpi(String user, List<Row> rows) {
        Map<String, Long> steps = new TreeMap<>();
        long breaches = 0;
        long satisfactionCount = 0;
        long satisfactionTotal = 0;
        long faults = 0;
        for (Row r : rows) {
            if (Metrics.STAFF_STEPS.contains(r.metric())) {
                steps.merge(r.metric().substring("staff-".length()), r.count(), Long::sum);
            } else if (r.metric().equals(Metrics.STAFF_SLA_BREACH)) {
                breaches += r.count();
            } else if (r.metric().equals(Metrics.STAFF_ENTRY_FAULT)) {
                faults += r.count();
            } else if (r.metric().equals(Metrics.STAFF_CASE_SATISFACTION)) {
                satisfactionCount += r.count();
                satisfactionTotal += r.total();
            }
        }
        long total = steps.values().stream().mapToLong(Long::longValue).sum();
        Double timeliness = total == 0 ? null : round4(Math.max(0, total - breaches) / (double) total);
        Double satisfaction = satisfactionCount == 0 ? null : round4(satisfactionTotal / (double) satisfactionCount);
        long entered = steps.getOrDefault("entered", 0L);
        return new StaffKpiView(
                user,
                steps,
                total,
                breaches,
                timeliness,
                satisfaction,
                entered,
                accuracy(entered, faults),
                faults,
                StaffKpiView.NOT_AVAILABLE);
    }

    /** The team's figures: everyone's steps, breaches and satisfaction added up. */
    public static StaffKpiView team(List<StaffKpiView> all) {
        Map<String, Long> steps = new TreeMap<>();
        long total = 0;
        long breaches = 0;
        long entered = 0;
        long faults = 0;
        for (StaffKpiView k : all) {
            k.steps().forEach((s, n) -> steps.merge(s, n, Long::sum));
            total += k.stepsTotal();
            breaches += k.slaBreaches();
            entered += k.ordersEntered();
            faults += k.entriesRejectedOrCorrected();
        }
        Double timeliness = total == 0 ? null : round4(Math.max(0, total - breaches) / (double) total);
        return new StaffKpiView(
                "team",
                steps,
                total,
                breaches,
                timeliness,
                null,
                entered,
                accuracy(entered, faults),
                faults,
                StaffKpiView.NOT_AVAILABLE);
    }

    /** The share of entered orders neither rejected nor corrected; null when none was entered. */
    static Double accuracy(long entered, long faults) {
        return entered == 0 ? null : round4(Math.max(0, entered - faults) / (double) entered);
    }

    private static double round4(double value) {
        return Math.round(value * 10000) / 10000.0;
    }

    private static List<String> metrics() {
        List<String> metrics = new ArrayList<>(Metrics.STAFF_STEPS);
        metrics.add(Metrics.STAFF_SLA_BREACH);
        metrics.add(Metrics.STAFF_CASE_SATISFACTION);
        metrics.add(Metrics.STAFF_ENTRY_FAULT);
        return List.copyOf(metrics);
    }

    private StaffKpis() {}
}
