package com.smartstore.oms.intake.repository;

import com.smartstore.oms.intake.domain.Payment;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Payments per order, and by the provider's own payment id. */
@ApplicationScoped
public class PaymentRepository implements PanacheRepositoryBase<Payment, UUID> {

    public Uni<Payment> findByProviderId(String provider, String providerPaymentId) {
        return find("provider = ?1 and providerPaymentId = ?2", provider, providerPaymentId)
                .firstResult();
    }

    public Uni<List<Payment>> ofOrder(UUID orderId) {
        return list("orderId", Sort.by("recordedAt").and("id"), orderId);
    }
}
