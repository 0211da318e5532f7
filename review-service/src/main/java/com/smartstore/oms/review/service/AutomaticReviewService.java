package com.smartstore.oms.review.service;

import com.smartstore.oms.contracts.events.OrderApproved;
import com.smartstore.oms.contracts.events.OrderReceived;
import com.smartstore.oms.kit.inbox.PermanentEventFailure;
import com.smartstore.oms.kit.outbox.Outbox;
import com.smartstore.oms.kit.pii.PiiCipher;
import com.smartstore.oms.review.config.ReviewConfig;
import com.smartstore.oms.review.config.SlaConfig;
import com.smartstore.oms.review.domain.AutomaticReview;
import com.smartstore.oms.review.domain.BlacklistEntry;
import com.smartstore.oms.review.domain.CustomerFingerprint;
import com.smartstore.oms.review.domain.Review;
import com.smartstore.oms.review.domain.ReviewFacts;
import com.smartstore.oms.review.repository.BlacklistRepository;
import com.smartstore.oms.review.repository.CatalogRepository;
import com.smartstore.oms.review.repository.InFlightRepository;
import com.smartstore.oms.review.repository.ReviewRepository;
import com.smartstore.oms.review.repository.StockRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
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
    private final InFlightRepository inFlight;
    private final BlacklistRepository blacklist;
    private final PiiCipher cipher;
    private final Outbox outbox;
    private final SlaConfig sla;
    private final ReviewConfig config;
    private final OrderSnapshots snapshots;

    public AutomaticReviewService(
            ReviewRepository reviews,
            CatalogRepository catalog,
            StockRepository stock,
            InFlightRepository inFlight,
            BlacklistRepository blacklist,
            PiiCipher cipher,
            AutomaticReview rules,
            Outbox outbox,
            SlaConfig sla,
            ReviewConfig config,
            OrderSnapshots snapshots) {
        this.reviews = reviews;
        this.catalog = catalog;
        this.stock = stock;
        this.inFlight = inFlight;
        this.blacklist = blacklist;
        this.cipher = cipher;
        this.rules = rules;
        this.outbox = outbox;
        this.sla = sla;
        this.config = config;
        this.snapshots = snapshots;
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
                    .chain(facts -> store(
                            Review.start(order, rules.evaluate(order, facts), now, sla.manualReviewTime()), order));
        });
    }

    /**
     * Reviews the order again after an amendment changed its lines ({@link Review#amended}); an open
     * review of it is superseded. Runs inside the inbox's transaction.
     */
    public Uni<Void> reviewAmendment(Review latest, OrderReceived amended, UUID amendmentId) {
        Instant now = Instant.now();
        boolean approvedBefore = latest.isApproved();
        if (latest.isOpen()) {
            latest.supersede("replaced by the re-review of amendment " + amendmentId, now);
        }
        return facts(amended)
                .chain(facts -> store(
                        Review.amended(
                                amended,
                                rules.evaluate(amended, facts),
                                now,
                                sla.manualReviewTime(),
                                amendmentId,
                                approvedBefore),
                        amended));
    }

    private Uni<Void> supersedeOlder(OrderReceived order, Instant now) {
        return reviews.pendingBefore(order.orderId(), order.revision())
                .invoke(pending -> pending.forEach(r -> r.supersede(order.revision(), now)))
                .replaceWithVoid();
    }

    /** Loads what the rules check against; one query after the other, as a reactive session runs one at a time. */
    private Uni<ReviewFacts> facts(OrderReceived order) {
        List<String> skus =
                order.lines().stream().map(OrderReceived.Line::sku).distinct().toList();
        Instant since = order.receivedAt().minus(config.duplicateWindow());
        return catalog.bySku(skus)
                .chain(products -> stock.availableBySku(skus)
                        .chain(available -> inFlight.bySku(skus, order.orderId())
                                .chain(taken -> blacklistCandidates(order)
                                        .chain(listed -> reviews.recentOrdersOf(
                                                        order.customer().pseudonym(), order.orderId(), since)
                                                .map(recent -> new ReviewFacts(
                                                        products, available, taken, listed, recent))))));
    }

    /**
     * Blacklist entries with one of the customer's hashes. Without a hash key nothing is loaded; the
     * blacklisted-customer rule then fails to evaluate and the order waits for a person.
     */
    private Uni<List<BlacklistEntry>> blacklistCandidates(OrderReceived order) {
        List<String> hashes;
        try {
            hashes = List.copyOf(
                    CustomerFingerprint.of(order, cipher::hash).hashes().values());
        } catch (IllegalStateException e) {
            LOG.warnf("blacklist not checked for order %s: %s", order.orderNumber(), e.getMessage());
            return Uni.createFrom().item(List.of());
        }
        return blacklist.withHashIn(hashes);
    }

    private Uni<Void> store(Review.Started started, OrderReceived order) {
        started.review().orderSnapshot = snapshots.seal(order);
        // Flushed first: the lines and results reference the review, and identity inserts run at once.
        return reviews.persistAndFlush(started.review())
                .chain(() -> reviews.getSession()
                        .chain(s -> s.persistAll(started.lines().toArray())
                                .chain(() -> s.persistAll(started.results().toArray()))))
                .chain(() -> started.event() instanceof OrderApproved approval
                        ? inFlight.approved(approval)
                        : Uni.createFrom().voidItem())
                .chain(() -> started.event() == null ? Uni.createFrom().voidItem() : outbox.add(started.event()));
    }
}
