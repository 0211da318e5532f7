package com.smartstore.oms.analytics.rest;

import com.smartstore.oms.analytics.domain.Metrics;
import com.smartstore.oms.analytics.repository.FigureRepository;
import com.smartstore.oms.analytics.service.StaffKpis;
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
import java.util.List;

/**
 * Staff KPIs (R-A7) and the monthly assessment of one person (R-T2), from the actors the events record. Managers and
 * administrators see everyone; any other member of staff sees only their own assessment.
 */
@Path("/api/analytics/staff")
public class StaffResource {
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
        return figures.rows(StaffKpis.METRICS, Metrics.USER, range.fromDay(), range.toDay())
                .map(rows -> {
                    List<StaffKpiView> all = StaffKpis.of(rows);
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
        return figures.rows(StaffKpis.METRICS, Metrics.USER, range.fromDay(), range.toDay())
                .map(rows -> {
                    List<StaffKpiView> all = StaffKpis.of(rows);
                    StaffKpiView own = all.stream()
                            .filter(k -> k.user().equals(user))
                            .findFirst()
                            .orElse(StaffKpis.kpi(user, List.of()));
                    return new AssessmentView(range.from(), range.to(), own, StaffKpis.team(all));
                });
    }

    private TimeRange lastMonth() {
        LocalDate first = LocalDate.now(clock).withDayOfMonth(1);
        return new TimeRange(
                first.minusMonths(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
                first.atStartOfDay(ZoneOffset.UTC).toInstant());
    }
}
