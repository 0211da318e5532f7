package com.smartstore.oms.analytics.rest;

import com.smartstore.oms.analytics.domain.Metrics;
import com.smartstore.oms.analytics.repository.FigureRepository;
import com.smartstore.oms.analytics.repository.FigureRepository.Row;
import com.smartstore.oms.kit.domain.Refusal;
import com.smartstore.oms.kit.persistence.Page;
import com.smartstore.oms.kit.security.CurrentUser;
import com.smartstore.oms.kit.security.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Staff KPIs (R-A7) and the monthly assessment of one person (R-T2), from the actors the events record. Managers and
 * administrators see everyone; any other member of staff sees only their own assessment.
 */
@Path("/api/analytics/staff")
public class StaffResource {
    static final List<String> METRICS = metrics();

    private final FigureRepository figures;
    private final CurrentUser currentUser;
    private final Clock clock;

    public StaffResource(FigureRepository figures, CurrentUser currentUser, Clock clock) {
        this.figures = figures;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Every staff member's KPIs over the range, by user name, a page at a time. */
    @GET
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @WithSession
    public Uni<Page<StaffKpiView>> staff(
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        TimeRange range = TimeRange.parseWithDefaults(from, to, clock);
        return figures.rows(METRICS, Metrics.USER, range.fromDay(), range.toDay())
                .map(rows -> {
                    List<StaffKpiView> all = kpis(rows);
                    int first = (int) Math.min((long) page * size, all.size());
                    return new Page<>(all.subList(first, Math.min(first + size, all.size())), page, size, all.size());
                });
    }

    /**
     * One person's KPIs over the range, next to the team's, by default over the last full calendar month: their
     * monthly assessment. Staff may ask for their own only.
     */
    @GET
    @Path("/{user}/assessment")
    @RolesAllowed({
        Roles.ORDER_CLERK,
        Roles.SALES,
        Roles.CUSTOMER_SERVICE,
        Roles.REVIEWER,
        Roles.TRAINEE,
        Roles.WAREHOUSE,
        Roles.PURCHASING,
        Roles.SHIPPING,
        Roles.AFTER_SALES,
        Roles.FINANCE,
        Roles.QUALITY,
        Roles.MANAGER,
        Roles.ADMIN
    })
    @WithSession
    public Uni<AssessmentView> assessment(
            @PathParam("user") String user, @QueryParam("from") String from, @QueryParam("to") String to) {
        if (!currentUser.hasRole(Roles.MANAGER)
                && !currentUser.hasRole(Roles.ADMIN)
                && !user.equals(currentUser.name())) {
            throw Refusal.forbidden(
                    "not-your-kpis",
                    "staff may read only their own assessment (/api/analytics/staff/" + currentUser.name()
                            + "/assessment)");
        }
        TimeRange range = from == null && to == null ? lastMonth() : TimeRange.parseWithDefaults(from, to, clock);
        return figures.rows(METRICS, Metrics.USER, range.fromDay(), range.toDay())
                .map(rows -> {
                    List<StaffKpiView> all = kpis(rows);
                    StaffKpiView own = all.stream()
                            .filter(k -> k.user().equals(user))
                            .findFirst()
                            .orElse(kpi(user, List.of()));
                    return new AssessmentView(range.from(), range.to(), own, team(all));
                });
    }

    private TimeRange lastMonth() {
        LocalDate first = LocalDate.now(clock).withDayOfMonth(1);
        return new TimeRange(
                first.minusMonths(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
                first.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    static List<StaffKpiView> kpis(List<Row> rows) {
        Map<String, List<Row>> byUser = new TreeMap<>();
        rows.forEach(
                r -> byUser.computeIfAbsent(r.dim(), u -> new ArrayList<>()).add(r));
        List<StaffKpiView> kpis = new ArrayList<>();
        byUser.forEach((user, own) -> kpis.add(kpi(user, own)));
        return kpis;
    }

    static StaffKpiView kpi(String user, List<Row> rows) {
        Map<String, Long> steps = new TreeMap<>();
        long breaches = 0;
        long satisfactionCount = 0;
        long satisfactionTotal = 0;
        for (Row r : rows) {
            if (Metrics.STAFF_STEPS.contains(r.metric())) {
                steps.merge(r.metric().substring("staff-".length()), r.count(), Long::sum);
            } else if (r.metric().equals(Metrics.STAFF_SLA_BREACH)) {
                breaches += r.count();
            } else if (r.metric().equals(Metrics.STAFF_CASE_SATISFACTION)) {
                satisfactionCount += r.count();
                satisfactionTotal += r.total();
            }
        }
        long total = steps.values().stream().mapToLong(Long::longValue).sum();
        Double timeliness = total == 0 ? null : round4(Math.max(0, total - breaches) / (double) total);
        Double satisfaction = satisfactionCount == 0 ? null : round4(satisfactionTotal / (double) satisfactionCount);
        return new StaffKpiView(
                user, steps, total, breaches, timeliness, satisfaction, null, null, StaffKpiView.NOT_AVAILABLE);
    }

    /** The team's figures: everyone's steps, breaches and satisfaction added up. */
    private static StaffKpiView team(List<StaffKpiView> all) {
        Map<String, Long> steps = new TreeMap<>();
        long total = 0;
        long breaches = 0;
        for (StaffKpiView k : all) {
            k.steps().forEach((s, n) -> steps.merge(s, n, Long::sum));
            total += k.stepsTotal();
            breaches += k.slaBreaches();
        }
        Double timeliness = total == 0 ? null : round4(Math.max(0, total - breaches) / (double) total);
        return new StaffKpiView(
                "team", steps, total, breaches, timeliness, null, null, null, StaffKpiView.NOT_AVAILABLE);
    }

    private static double round4(double value) {
        return Math.round(value * 10000) / 10000.0;
    }

    private static List<String> metrics() {
        List<String> metrics = new ArrayList<>(Metrics.STAFF_STEPS);
        metrics.add(Metrics.STAFF_SLA_BREACH);
        metrics.add(Metrics.STAFF_CASE_SATISFACTION);
        return List.copyOf(metrics);
    }
}
