package com.smartstore.oms.analytics.rest;

import com.smartstore.oms.analytics.domain.ReportKind;
import com.smartstore.oms.analytics.repository.ReportRepository;
import com.smartstore.oms.analytics.service.ReportService;
import com.smartstore.oms.kit.domain.Refusal;
import com.smartstore.oms.kit.persistence.Page;
import com.smartstore.oms.kit.rest.QueryParams;
import com.smartstore.oms.kit.security.CurrentUser;
import com.smartstore.oms.kit.security.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

/** Stored reports (R-A6): listed, made on demand, read as JSON, CSV or a self-contained HTML page. */
@Path("/api/reports")
@RolesAllowed({Roles.MANAGER, Roles.ADMIN})
public class ReportResource {
    private final ReportRepository reports;
    private final ReportService service;
    private final CurrentUser currentUser;
    private final Clock clock;

    public ReportResource(ReportRepository reports, ReportService service, CurrentUser currentUser, Clock clock) {
        this.reports = reports;
        this.service = service;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The reports, newest first, optionally of one kind. */
    @GET
    @WithSession
    public Uni<Page<ReportSummary>> list(
            @QueryParam("kind") String kind,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        ReportKind k = QueryParams.enumValue("kind", kind, ReportKind.class);
        String name = k == null ? null : k.name();
        return reports.page(name, page, size)
                .chain(items -> reports.count(name).map(total -> new Page<>(items, page, size, total)));
    }

    /**
     * Makes a report now: ON_DEMAND (default) over {@code from}..{@code to} (default the last 30 days), or the last
     * full day, week or month (DAILY, WEEKLY, MONTHLY). 201 with the report's summary.
     */
    @POST
    @WithTransaction
    public Uni<Response> generate(ReportRequest request) {
        ReportRequest r = request == null ? new ReportRequest(null, null, null) : request;
        ReportKind kind = r.kind() == null || r.kind().isBlank()
                ? ReportKind.ON_DEMAND
                : QueryParams.enumValue("kind", r.kind(), ReportKind.class);
        LocalDate from;
        LocalDate to;
        if (kind == ReportKind.ON_DEMAND) {
            TimeRange range = TimeRange.parseWithDefaults(r.from(), r.to(), clock);
            from = range.fromDay();
            to = range.toDay();
        } else {
            if (r.from() != null || r.to() != null) {
                throw Refusal.invalid(
                        "invalid-range", "a " + kind + " report covers the last full period: leave from and to out");
            }
            from = kind.lastFullPeriodStart(LocalDate.now(clock.withZone(ZoneOffset.UTC)));
            to = kind.periodEnd(from);
        }
        return service.generate(kind, from, to, currentUser.name())
                // 200 with the period's report when it had been made already (by the schedule or someone else).
                .map(made -> Response.status(made.created() ? Response.Status.CREATED : Response.Status.OK)
                        .entity(made.summary())
                        .build());
    }

    /** One report: JSON (default), {@code format=csv} or {@code format=html}. */
    @GET
    @Path("/{id}")
    @Produces({MediaType.APPLICATION_JSON, "text/csv", MediaType.TEXT_HTML})
    @WithSession
    public Uni<Response> get(@PathParam("id") UUID id, @QueryParam("format") String format) {
        String f = format == null || format.isBlank() ? "json" : format.trim().toLowerCase(java.util.Locale.ROOT);
        if (!f.equals("json") && !f.equals("csv") && !f.equals("html")) {
            throw Refusal.invalid("invalid-format", "format must be json, csv or html, not: " + format);
        }
        return reports.content(id)
                .onItem()
                .ifNull()
                .failWith(() -> Refusal.notFound("Report", id))
                .map(content -> switch (f) {
                    case "csv" ->
                        Response.ok(ReportCsv.of(service.read(content)), "text/csv; charset=utf-8")
                                .header("Content-Disposition", "attachment; filename=\"report-" + id + ".csv\"")
                                .build();
                    case "html" ->
                        Response.ok(ReportHtml.of(service.read(content)), "text/html; charset=utf-8")
                                .build();
                    default ->
                        Response.ok(service.read(content), MediaType.APPLICATION_JSON)
                                .build();
                });
    }
}
