package com.smartstore.oms.intake.repository;

import com.smartstore.oms.intake.domain.WebhookDelivery;
import com.smartstore.oms.kit.persistence.Page;
import com.smartstore.oms.kit.persistence.Where;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Webhook deliveries as received, newest first. */
@ApplicationScoped
public class WebhookDeliveryRepository implements PanacheRepositoryBase<WebhookDelivery, UUID> {

    public Uni<Page<WebhookDelivery>> page(String source, WebhookDelivery.Outcome outcome, int page, int size) {
        return new Where()
                .equal("source", source)
                .equal("outcome", outcome)
                .pageWithTotal(this, Sort.descending("receivedAt"), page, size);
    }

    public Uni<List<WebhookDelivery>> ofExternalOrder(String source, String externalOrderId) {
        return list("source = ?1 and externalOrderId = ?2", Sort.by("receivedAt"), source, externalOrderId);
    }
}
