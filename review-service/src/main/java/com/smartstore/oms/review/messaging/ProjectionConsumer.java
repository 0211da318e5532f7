package com.smartstore.oms.review.messaging;

import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.Topics;
import com.smartstore.oms.kit.inbox.Inbox;
import com.smartstore.oms.review.service.ProjectionService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps the catalogue and stock projections current from intake's and the warehouse's compacted topics. */
@ApplicationScoped
public class ProjectionConsumer {
    private final Inbox inbox;
    private final ProjectionService projections;

    public ProjectionConsumer(Inbox inbox, ProjectionService projections) {
        this.inbox = inbox;
        this.projections = projections;
    }

    @Incoming(Topics.PRODUCT_CATALOG)
    public Uni<Void> onProduct(ConsumerRecord<String, String> record) {
        return inbox.handle(
                "review-product-catalog", record, Events.PRODUCT_CATALOG, event -> projections.apply(event.payload()));
    }

    @Incoming(Topics.STOCK_LEVELS)
    public Uni<Void> onStockLevel(ConsumerRecord<String, String> record) {
        return inbox.handle(
                "review-stock-levels", record, Events.STOCK_LEVELS, event -> projections.apply(event.payload()));
    }
}
