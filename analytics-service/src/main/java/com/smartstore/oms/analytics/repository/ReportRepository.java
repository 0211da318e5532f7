package com.smartstore.oms.analytics.repository;

import com.smartstore.oms.analytics.rest.ReportSummary;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Stored reports: written once, listed newest first, read back whole. */
@ApplicationScoped
public class ReportRepository {

    /** Stores a report; a scheduled one already made for its kind and period is left as it is (false). */
    public Uni<Boolean> add(UUID id, String kind, LocalDate from, LocalDate to, Instant at, String by, String content) {
        return Panache.getSession()
                .chain(s -> s.createNativeQuery("insert into report (id, kind, period_from, period_to, generated_at,"
                                + " generated_by, content) values (:id, :kind, :from, :to, :at, :by, :content)"
                                + " on conflict do nothing")
                        .setParameter("id", id)
                        .setParameter("kind", kind)
                        .setParameter("from", from)
                        .setParameter("to", to)
                        .setParameter("at", at.atOffset(ZoneOffset.UTC))
                        .setParameter("by", by)
                        .setParameter("content", content)
                        .executeUpdate())
                .map(n -> n > 0);
    }

    /** The report made for a kind and period (DAILY, WEEKLY, MONTHLY are made once per period), or null. */
    public Uni<ReportSummary> made(String kind, LocalDate from) {
        return Panache.getSession()
                .chain(s -> s.createNativeQuery(
                                "select id, kind, period_from, period_to, generated_at, generated_by from report"
                                        + " where kind = :kind and period_from = :from",
                                Object[].class)
                        .setParameter("kind", kind)
                        .setParameter("from", from)
                        .getResultList())
                .map(rows ->
                        rows.stream().map(ReportRepository::summary).findFirst().orElse(null));
    }

    /** A page of the reports, newest first, optionally of one kind. */
    public Uni<List<ReportSummary>> page(String kind, int page, int size) {
        return Panache.getSession()
                .chain(s -> s.createNativeQuery(
                                "select id, kind, period_from, period_to, generated_at, generated_by from report"
                                        + " where (cast(:kind as text) is null or kind = :kind)"
                                        + " order by generated_at desc, id limit :size offset :offset",
                                Object[].class)
                        .setParameter("kind", kind)
                        .setParameter("size", size)
                        .setParameter("offset", (long) page * size)
                        .getResultList())
                .map(rows -> rows.stream().map(ReportRepository::summary).toList());
    }

    private static ReportSummary summary(Object[] r) {
        return new ReportSummary(
                (UUID) r[0],
                (String) r[1],
                FigureRepository.localDate(r[2]),
                FigureRepository.localDate(r[3]),
                OrderTimelineRepository.instant(r[4]),
                (String) r[5]);
    }

    public Uni<Long> count(String kind) {
        return Panache.getSession()
                .chain(s -> s.createNativeQuery(
                                "select count(*) from report where (cast(:kind as text) is null or kind = :kind)",
                                Long.class)
                        .setParameter("kind", kind)
                        .getSingleResult());
    }

    /** The stored content of a report, null when there is none with that id. */
    public Uni<String> content(UUID id) {
        return Panache.getSession()
                .chain(s -> s.createNativeQuery("select content from report where id = :id", String.class)
                        .setParameter("id", id)
                        .getSingleResultOrNull());
    }
}
