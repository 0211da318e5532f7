package com.smartstore.oms.returns.rest;

import com.smartstore.oms.contracts.events.DefectCause;
import com.smartstore.oms.kit.persistence.Page;
import com.smartstore.oms.kit.rest.QueryParams;
import com.smartstore.oms.kit.security.CurrentUser;
import com.smartstore.oms.kit.security.Roles;
import com.smartstore.oms.returns.domain.QcSample;
import com.smartstore.oms.returns.repository.QcSampleRepository;
import com.smartstore.oms.returns.service.QualityService;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;

/** Quality control of returns for quality problems (R-X7): the samples, their causes, the per-SKU defect summary. */
@Path("/api/quality")
public class QualityResource {
    private final QualityService quality;
    private final QcSampleRepository samples;
    private final CurrentUser user;

    public QualityResource(QualityService quality, QcSampleRepository samples, CurrentUser user) {
        this.quality = quality;
        this.samples = samples;
        this.user = user;
    }

    /** What QC found: the cause category and notes. */
    public record RecordRequest(
            @NotNull DefectCause cause, @Size(max = 2000) String notes) {}

    /** Samples newest first, as a page; {@code status=PENDING} lists those waiting for QC. */
    @GET
    @Path("/samples")
    @WithSession
    @RolesAllowed({Roles.QUALITY, Roles.MANAGER})
    public Uni<Page<QcSampleView>> samples(
            @QueryParam("status") String status,
            @QueryParam("sku") @Size(max = 64) String sku,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return samples.page(QueryParams.enumValue("status", status, QcSample.Status.class), sku, page, size)
                .map(p -> p.map(QcSampleView::of));
    }

    /** QC records the cause of a sample (once: 409 after); publishes {@code quality-defect-reported}. */
    @POST
    @Path("/samples/{id}")
    @RolesAllowed({Roles.QUALITY})
    public Uni<QcSampleView> record(@PathParam("id") UUID id, @NotNull @Valid RecordRequest request) {
        return quality.record(id, request.cause(), request.notes(), user.name()).map(QcSampleView::of);
    }

    /** Per SKU: samples, recorded causes and how many per cause; for one month ({@code yyyy-MM}) or all time. */
    @GET
    @Path("/defects")
    @RolesAllowed({Roles.QUALITY, Roles.MANAGER, Roles.PURCHASING})
    public Uni<List<QualityService.DefectSummary>> defects(
            @QueryParam("month") @Pattern(regexp = "\\d{4}-\\d{2}") String month) {
        return quality.defects(month);
    }
}
