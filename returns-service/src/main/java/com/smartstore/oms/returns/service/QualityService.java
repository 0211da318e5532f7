package com.smartstore.oms.returns.service;

import com.smartstore.oms.contracts.events.DefectCause;
import com.smartstore.oms.kit.domain.Refusal;
import com.smartstore.oms.kit.outbox.Outbox;
import com.smartstore.oms.returns.config.ReturnsConfig;
import com.smartstore.oms.returns.domain.QcSample;
import com.smartstore.oms.returns.domain.ReturnReason;
import com.smartstore.oms.returns.domain.ReturnTicket;
import com.smartstore.oms.returns.repository.QcSampleRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Quality control of returns for quality problems (R-X7): samples the SKUs of new QUALITY tickets, records the cause
 * QC found ({@code quality-defect-reported}) and sums the defects per SKU.
 */
@ApplicationScoped
public class QualityService {
    private final QcSampleRepository samples;
    private final ReturnsConfig config;
    private final Outbox outbox;
    private final Clock clock;

    public QualityService(QcSampleRepository samples, ReturnsConfig config, Outbox outbox, Clock clock) {
        this.samples = samples;
        this.config = config;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** In the ticket's transaction: each SKU of a new QUALITY ticket the sampling picks becomes a PENDING sample. */
    public Uni<Void> sample(ReturnTicket ticket) {
        if (ticket.reason != ReturnReason.QUALITY) {
            return Uni.createFrom().voidItem();
        }
        ZoneId zone = config.timeZone();
        YearMonth month = YearMonth.from(ticket.requestedAt.atZone(zone));
        Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (var line : ticket.lines) {
            chain = chain.chain(() -> samples.qualityReturns(line.sku, from, to, ticket.id)
                    .chain(earlier -> config.qcSampling().sample(earlier.intValue(), ticket.id, line.sku)
                            ? samples.persist(QcSample.of(ticket, line, month.toString(), ticket.requestedAt))
                                    .replaceWithVoid()
                            : Uni.createFrom().voidItem()));
        }
        return chain;
    }

    /** QC records the cause of a sample (once) and publishes {@code quality-defect-reported}. */
    @WithTransaction
    public Uni<QcSample> record(UUID id, DefectCause cause, String notes, String user) {
        return samples.findById(id)
                .onItem()
                .ifNull()
                .failWith(() -> Refusal.notFound("QC sample", id))
                .call(sample -> outbox.add(sample.record(cause, notes, user, clock.instant())));
    }

    /** Per SKU: how many sampled, how many recorded, and how many per cause; for one month (yyyy-MM) or all. */
    @WithSession
    public Uni<List<DefectSummary>> defects(String month) {
        return samples.defects(month).map(rows -> {
            Map<String, DefectSummary> bySku = new LinkedHashMap<>();
            for (Object[] row : rows) {
                String sku = (String) row[0];
                DefectCause cause = (DefectCause) row[1];
                long count = ((Number) row[2]).longValue();
                DefectSummary summary =
                        bySku.computeIfAbsent(sku, s -> new DefectSummary(s, 0, 0, new EnumMap<>(DefectCause.class)));
                DefectSummary updated = new DefectSummary(
                        sku,
                        summary.sampled() + count,
                        summary.recorded() + (cause == null ? 0 : count),
                        summary.causes());
                if (cause != null) {
                    updated.causes().merge(cause, count, Long::sum);
                }
                bySku.put(sku, updated);
            }
            return new ArrayList<>(bySku.values());
        });
    }

    /** The defects of one SKU: samples taken, causes recorded, per cause. */
    public record DefectSummary(String sku, long sampled, long recorded, Map<DefectCause, Long> causes) {}
}
