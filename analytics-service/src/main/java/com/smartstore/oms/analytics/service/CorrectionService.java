package com.smartstore.oms.analytics.service;

import com.smartstore.oms.analytics.domain.Correction;
import com.smartstore.oms.analytics.domain.Metrics;
import com.smartstore.oms.analytics.repository.CorrectionRepository;
import com.smartstore.oms.kit.domain.Refusal;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Applies a staff correction of a recorded stage duration (R-A8): the correction is kept (who, when, why, the value
 * before), and the order's facts are recomputed with it, so the daily figures take out the measured value and add
 * the corrected one. Nothing recorded from the events is edited.
 */
@ApplicationScoped
public class CorrectionService {
    /** The stages a correction may name. */
    public static final List<String> CORRECTABLE = correctable();

    private final CorrectionRepository corrections;
    private final TimelineRecorder recorder;
    private final Clock clock;

    public CorrectionService(CorrectionRepository corrections, TimelineRecorder recorder, Clock clock) {
        this.corrections = corrections;
        this.recorder = recorder;
        this.clock = clock;
    }

    /** Runs in the caller's transaction; locks the order's timeline row first, as the consumers do. */
    public Uni<Correction> correct(UUID orderId, String stage, long seconds, String reason, String by) {
        if (!CORRECTABLE.contains(stage)) {
            throw Refusal.invalid("invalid-stage", "stage must be one of " + CORRECTABLE + ", not: " + stage);
        }
        return Panache.getSession()
                .chain(s -> s.createNativeQuery(
                                "select cast(order_id as text) from order_timeline where order_id = :id for update",
                                String.class)
                        .setParameter("id", orderId)
                        .getSingleResultOrNull())
                .onItem()
                .ifNull()
                .failWith(() -> Refusal.notFound("Order timeline", orderId))
                .chain(() -> previousSeconds(orderId, stage))
                .chain(previous -> {
                    Correction c = new Correction(
                            UUID.randomUUID(), orderId, stage, seconds, previous, reason, by, clock.instant());
                    return corrections
                            .add(c)
                            .chain(() -> recorder.refresh(orderId))
                            .replaceWith(c);
                });
    }

    /** What the figures use for the stage now (the measured or an earlier corrected value), null if not measured. */
    private Uni<Long> previousSeconds(UUID orderId, String stage) {
        return Panache.getSession()
                .chain(s -> s.createNativeQuery(
                                "select value from subject_fact where subject = :subject and metric = :metric"
                                        + " and dim_kind = :all",
                                Long.class)
                        .setParameter("subject", TimelineRecorder.subject(orderId))
                        .setParameter("metric", stage)
                        .setParameter("all", Metrics.ALL)
                        .getSingleResultOrNull())
                .map(millis -> millis == null ? null : Math.round(millis / 1000.0));
    }

    public Uni<List<Correction>> ofOrder(UUID orderId) {
        return corrections.ofOrder(orderId);
    }

    private static List<String> correctable() {
        List<String> stages = new java.util.ArrayList<>(Metrics.STAGES);
        stages.add(Metrics.RECEIVED_TO_SHIPPED);
        return List.copyOf(stages);
    }
}
