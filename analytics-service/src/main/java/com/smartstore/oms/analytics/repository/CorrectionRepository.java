package com.smartstore.oms.analytics.repository;

import com.smartstore.oms.analytics.domain.Correction;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Staff corrections of recorded stage durations: only ever added, the newest per order and stage applies. */
@ApplicationScoped
public class CorrectionRepository {

    public Uni<Void> add(Correction c) {
        return Panache.getSession()
                .chain(s -> s.createNativeQuery("insert into stage_correction (id, order_id, stage, corrected_seconds,"
                                + " previous_seconds, reason, corrected_by, corrected_at) values (:id, :orderId,"
                                + " :stage, :seconds, cast(:previous as bigint), :reason, :by, :at)")
                        .setParameter("id", c.id())
                        .setParameter("orderId", c.orderId())
                        .setParameter("stage", c.stage())
                        .setParameter("seconds", c.correctedSeconds())
                        .setParameter("previous", c.previousSeconds())
                        .setParameter("reason", c.reason())
                        .setParameter("by", c.correctedBy())
                        .setParameter("at", c.correctedAt().atOffset(ZoneOffset.UTC))
                        .executeUpdate())
                .replaceWithVoid();
    }

    /** The newest correction of each corrected stage of the order, in seconds. */
    public Uni<Map<String, Long>> latestSeconds(UUID orderId) {
        return Panache.getSession()
                .chain(s -> s.createNativeQuery(
                                "select distinct on (stage) stage, corrected_seconds from stage_correction"
                                        + " where order_id = :id order by stage, corrected_at desc, id",
                                Object[].class)
                        .setParameter("id", orderId)
                        .getResultList())
                .map(rows -> {
                    Map<String, Long> latest = new HashMap<>();
                    rows.forEach(r -> latest.put((String) r[0], ((Number) r[1]).longValue()));
                    return latest;
                });
    }

    /** The corrections of one order, newest first (the audit trail). */
    public Uni<List<Correction>> ofOrder(UUID orderId) {
        return Panache.getSession()
                .chain(s -> s.createNativeQuery(
                                "select id, order_id, stage, corrected_seconds, previous_seconds, reason, corrected_by,"
                                        + " corrected_at from stage_correction where order_id = :id"
                                        + " order by corrected_at desc, id",
                                Object[].class)
                        .setParameter("id", orderId)
                        .getResultList())
                .map(rows -> rows.stream()
                        .map(r -> new Correction(
                                (UUID) r[0],
                                (UUID) r[1],
                                (String) r[2],
                                ((Number) r[3]).longValue(),
                                r[4] == null ? null : ((Number) r[4]).longValue(),
                                (String) r[5],
                                (String) r[6],
                                OrderTimelineRepository.instant(r[7])))
                        .toList());
    }
}
