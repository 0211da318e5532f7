package com.smartstore.oms.review.service;

import com.smartstore.oms.contracts.events.OrderReceived;
import com.smartstore.oms.kit.inbox.PermanentEventFailure;
import com.smartstore.oms.kit.outbox.Outbox;
import com.smartstore.oms.review.config.SlaConfig;
import com.smartstore.oms.review.domain.AutomaticReview;
import com.smartstore.oms.review.domain.Review;
import com.smartstore.oms.review.domain.ReviewFacts;
import com.smartstore.oms.review.repository.CatalogRepository;
import com.smartstore.oms.review.repository.ReviewRepository;
import com.smartstore.oms.review.repository.StockRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Reviews each new order revision by the automatic rules and stores the verdict together with the
 * event it raises ({@code order-approved} or {@code order-held}); runs inside the inbox's transaction.
 */
@ApplicationScoped
public class AutomaticReviewService {
    private static final Logger LOG = Logger.getLogger(AutomaticReviewService.class);

    private final ReviewRepository reviews;
    private final CatalogRepository catalog;
    private final StockRepository stock;
    private final AutomaticReview rules;
    private final Outbox outbox;
    private final SlaConfig sla;

    public AutomaticReviewService(
            ReviewRepository reviews,
            CatalogRepository catalog,
            StockRepository stock,
            AutomaticReview rules,
            Outbox outbox,
            SlaConfig sla) {
        this.reviews = reviews;
        this.catalog = catalog;
        this.stock = stock;
        this.rules = rules;
        this.outbox = outbox;
        this.sla = sla;
    }

    public Uni<Void> review(OrderReceived order) {
        if (order.lines().isEmpty() || order.lines().stream().anyMatch(l -> l.quantity() <= 0)) {
            return Uni.createFrom()
                    .failure(new PermanentEventFailure(
                            "order " + order.orderId() + " has no lines or a line without a positive quantity"));
        }
        Instant now = Instant.now();
        return reviews.latestRevision(order.orderId()).chain(latest -> {
            // Revisions only grow: one at or below the latest reviewed is a stale or repeated publication.
            if (latest != null && order.revision() <= latest) {
                LOG.infof(
                        "order %s revision %d ignored: revision %d is reviewed already",
                        order.orderNumber(), order.revision(), latest);
                return Uni.createFrom().voidItem();
            }
            return supersedeOlder(order, now)
                    .chain(() -> facts(order))
                    .chain(facts ->
                            store(Review.start(order, rules.evaluate(order, facts), now, sla.manualReviewTime())));
        });
    }

    private Uni<Void> supersedeOlder(OrderReceived order, Instant now) {
        return reviews.pendingBefore(order.orderId(), order.revision())
                .invoke(pending -> pending.forEach(r -> r.supersede(order.revision(), now)))
                .replaceWithVoid();
    }

    private Uni<ReviewFacts> facts(OrderReceived order) {
        List<String> skus =
                order.lines().stream().map(OrderReceived.Line::sku).distinct().toList();
        return catalog.bySku(skus)
                .chain(products -> stock.availableBySku(skus).map(available -> new ReviewFacts(products, available)));
    }

    private Uni<Void> store(Review.Started started) {
        // Flushed first: the lines and results reference the review, and identity inserts run at once.
        return reviews.persistAndFlush(started.review())
                .chain(() -> reviews.getSession()
                        .chain(s -> s.persistAll(started.lines().toArray())
                                .chain(() -> s.persistAll(started.results().toArray()))))
                .chain(() -> outbox.add(started.event()));
    }
}
