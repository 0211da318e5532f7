package com.smartstore.oms.analytics.repository;

import com.smartstore.oms.analytics.domain.ExceptionState;
import com.smartstore.oms.analytics.domain.SlaBreachState;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The small states analytics keeps besides orders, each written by an upsert whose result does not depend on the
 * order events arrive in (earliest time wins; its event's attributes follow it): exceptions, SLA breaches, the
 * catalogue's categories, stock levels.
 */
@ApplicationScoped
public class SubjectRepository {

    /** An exception's event: its first time, and its resolution or closure if this step is one. */
    public Uni<ExceptionState> recordException(
            UUID exceptionId,
            String type,
            Instant at,
            boolean resolved,
            boolean closed,
            String actor,
            Integer satisfaction) {
        String sql = "insert into exception_timeline (exception_id, type, first_at, resolved_at, resolved_by,"
                + " closed_at, satisfaction) values (:id, :type, :at, cast(:resolvedAt as timestamptz), cast(:resolvedBy as text),"
                + " cast(:closedAt as timestamptz), cast(:satisfaction as int))"
                + " on conflict (exception_id) do update set"
                + " type = case when excluded.first_at < exception_timeline.first_at then excluded.type"
                + " else exception_timeline.type end,"
                + " first_at = least(exception_timeline.first_at, excluded.first_at),"
                + " resolved_by = case when exception_timeline.resolved_at is null"
                + " or excluded.resolved_at < exception_timeline.resolved_at then coalesce(excluded.resolved_by,"
                + " exception_timeline.resolved_by) else exception_timeline.resolved_by end,"
                + " resolved_at = least(exception_timeline.resolved_at, excluded.resolved_at),"
                + " satisfaction = case when exception_timeline.closed_at is null"
                + " or excluded.closed_at < exception_timeline.closed_at then coalesce(excluded.satisfaction,"
                + " exception_timeline.satisfaction) else exception_timeline.satisfaction end,"
                + " closed_at = least(exception_timeline.closed_at, excluded.closed_at)";
        return Panache.getSession()
                .chain(s -> s.createNativeQuery(sql)
                        .setParameter("id", exceptionId)
                        .setParameter("type", type)
                        .setParameter("at", utc(at))
                        .setParameter("resolvedAt", resolved ? utc(at) : null)
                        .setParameter("resolvedBy", resolved ? actor : null)
                        .setParameter("closedAt", closed ? utc(at) : null)
                        .setParameter("satisfaction", closed ? satisfaction : null)
                        .executeUpdate())
                .chain(() -> Panache.getSession()
                        .chain(s -> s.createNativeQuery(
                                        "select type, first_at, resolved_at, resolved_by, closed_at, satisfaction"
                                                + " from exception_timeline where exception_id = :id",
                                        Object[].class)
                                .setParameter("id", exceptionId)
                                .getSingleResult()))
                .map(r -> new ExceptionState(
                        (String) r[0],
                        OrderTimelineRepository.instant(r[1]),
                        OrderTimelineRepository.instant(r[2]),
                        (String) r[3],
                        OrderTimelineRepository.instant(r[4]),
                        r[5] == null ? null : ((Number) r[5]).intValue()));
    }

    /** An SLA breach of one kind and subject: its earliest detection (and that detection's service and owner). */
    public Uni<SlaBreachState> recordBreach(String kind, String subjectId, String service, String owner, Instant at) {
        String sql = "insert into sla_breach (kind, subject_id, service, owner, detected_at)"
                + " values (:kind, :subject, :service, cast(:owner as text), :at) on conflict (kind, subject_id) do update set"
                + " service = case when excluded.detected_at < sla_breach.detected_at then excluded.service"
                + " else sla_breach.service end,"
                + " owner = case when excluded.detected_at < sla_breach.detected_at then excluded.owner"
                + " else sla_breach.owner end,"
                + " detected_at = least(sla_breach.detected_at, excluded.detected_at)";
        return Panache.getSession()
                .chain(s -> s.createNativeQuery(sql)
                        .setParameter("kind", kind)
                        .setParameter("subject", subjectId)
                        .setParameter("service", service)
                        .setParameter("owner", owner)
                        .setParameter("at", utc(at))
                        .executeUpdate())
                .chain(() -> Panache.getSession()
                        .chain(s -> s.createNativeQuery(
                                        "select service, owner, detected_at from sla_breach"
                                                + " where kind = :kind and subject_id = :subject",
                                        Object[].class)
                                .setParameter("kind", kind)
                                .setParameter("subject", subjectId)
                                .getSingleResult()))
                .map(r -> new SlaBreachState(
                        kind, subjectId, (String) r[0], (String) r[1], OrderTimelineRepository.instant(r[2])));
    }

    /** A catalogue entry: the newest one per SKU wins. */
    public Uni<Void> recordProduct(String sku, String category, Instant updatedAt) {
        return Panache.getSession()
                .chain(s -> s.createNativeQuery("insert into product (sku, category, updated_at)"
                                + " values (:sku, cast(:category as text), :at) on conflict (sku) do update set"
                                + " category = excluded.category, updated_at = excluded.updated_at"
                                + " where excluded.updated_at >= product.updated_at")
                        .setParameter("sku", sku)
                        .setParameter("category", category)
                        .setParameter("at", utc(updatedAt))
                        .executeUpdate())
                .replaceWithVoid();
    }

    /** The categories of these SKUs (a SKU the catalogue never named is left out). */
    public Uni<Map<String, String>> categories(List<String> skus) {
        if (skus.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Panache.getSession()
                .chain(s -> s.createNativeQuery(
                                "select sku, category from product where sku in (:skus) and category is not null",
                                Object[].class)
                        .setParameter("skus", skus)
                        .getResultList())
                .map(rows -> rows.stream().collect(Collectors.toMap(r -> (String) r[0], r -> (String) r[1])));
    }

    /** A stock level: the newest one per warehouse and SKU wins. */
    public Uni<Void> recordStockLevel(String warehouse, String sku, int available, Instant updatedAt) {
        return Panache.getSession()
                .chain(s -> s.createNativeQuery("insert into stock_level (warehouse, sku, available, updated_at)"
                                + " values (:warehouse, :sku, :available, :at) on conflict (warehouse, sku) do update"
                                + " set available = excluded.available, updated_at = excluded.updated_at"
                                + " where excluded.updated_at >= stock_level.updated_at")
                        .setParameter("warehouse", warehouse)
                        .setParameter("sku", sku)
                        .setParameter("available", available)
                        .setParameter("at", utc(updatedAt))
                        .executeUpdate())
                .replaceWithVoid();
    }

    private static java.time.OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
