package com.smartstore.oms.intake.repository;

import com.smartstore.oms.intake.domain.WebhookDelivery;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Webhook deliveries as received, newest first. */
@ApplicationScoped
public class WebhookDeliveryRepository implements PanacheRepositoryBase<WebhookDelivery, UUID> {

    public Uni<List<WebhookDelivery>> page(String source, WebhookDelivery.Outcome outcome, int page, int size) {
        StringBuilder query = new StringBuilder("1 = 1");
        var params = new java.util.HashMap<String, Object>();
        if (source != null) {
            query.append(" and source = :source");
            params.put("source", source);
        }
        if (outcome != null) {
            query.append(" and outcome = :outcome");
            params.put("outcome", outcome);
        }
        return find(query.toString(), Sort.descending("receivedAt"), params)
                .page(Page.of(page, size))
                .list();
    }

    public Uni<List<WebhookDelivery>> ofExternalOrder(String source, String externalOrderId) {
        return list("source = ?1 and externalOrderId = ?2", Sort.by("receivedAt"), source, externalOrderId);
    }
}
