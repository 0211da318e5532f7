package com.smartstore.oms.returns.repository;

import com.smartstore.oms.kit.persistence.Page;
import com.smartstore.oms.kit.persistence.Where;
import com.smartstore.oms.returns.domain.Refund;
import com.smartstore.oms.returns.domain.RefundStatus;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Refunds, for finance's reconciliation. */
@ApplicationScoped
public class RefundRepository implements PanacheRepositoryBase<Refund, UUID> {

    /** A page of refunds, newest first, by status and order. */
    public Uni<Page<Refund>> page(RefundStatus status, UUID orderId, int page, int size) {
        return new Where()
                .equal("status", status)
                .equal("orderId", orderId)
                .pageWithTotal(this, Sort.descending("issuedAt", "id"), page, size);
    }
}
