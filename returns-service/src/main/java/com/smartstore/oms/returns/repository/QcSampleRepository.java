package com.smartstore.oms.returns.repository;

import com.smartstore.oms.kit.persistence.Page;
import com.smartstore.oms.kit.persistence.Where;
import com.smartstore.oms.returns.domain.QcSample;
import com.smartstore.oms.returns.domain.ReturnReason;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** QC samples and the per-SKU defect summary. */
@ApplicationScoped
public class QcSampleRepository implements PanacheRepositoryBase<QcSample, UUID> {

    public Uni<Page<QcSample>> page(QcSample.Status status, String sku, int page, int size) {
        return new Where()
                .equal("status", status)
                .equal("sku", sku)
                .pageWithTotal(this, Sort.descending("sampledAt", "id"), page, size);
    }

    /** Lines of QUALITY tickets of the SKU opened in [from, to), other than the given ticket's. */
    public Uni<Long> qualityReturns(String sku, Instant from, Instant to, UUID except) {
        return Panache.getSession()
                .chain(s -> s.createSelectionQuery(
                                "select count(l) from ReturnLine l where l.sku = :sku and l.ticket.reason = :reason"
                                        + " and l.ticket.requestedAt >= :from and l.ticket.requestedAt < :to"
                                        + " and l.ticket.id <> :except",
                                Long.class)
                        .setParameter("sku", sku)
                        .setParameter("reason", ReturnReason.QUALITY)
                        .setParameter("from", from)
                        .setParameter("to", to)
                        .setParameter("except", except)
                        .getSingleResult());
    }

    /** Per SKU (and month, when given): samples, recorded ones, and per cause how many. Rows: sku, cause, count. */
    public Uni<List<Object[]>> defects(String month) {
        String query = "select q.sku, q.cause, count(q) from QcSample q"
                + (month == null ? "" : " where q.sampleMonth = :month")
                + " group by q.sku, q.cause order by q.sku";
        return Panache.getSession().chain(s -> {
            var select = s.createSelectionQuery(query, Object[].class);
            if (month != null) {
                select.setParameter("month", month);
            }
            return select.getResultList();
        });
    }
}
