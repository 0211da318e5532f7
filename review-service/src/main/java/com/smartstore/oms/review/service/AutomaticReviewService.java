package com.smartstore.oms.review.service;

import com.smartstore.oms.contracts.events.OrderReceived;
import com.smartstore.oms.kit.inbox.PermanentEventFailure;
import com.smartstore.oms.kit.pii.PiiCipher;
import com.smartstore.oms.review.config.ReviewConfig;
import com.smartstore.oms.review.config.SlaConfig;
import com.smartstore.oms.review.domain.AutomaticReview;
import com.smartstore.oms.review.domain.BlacklistEntry;
import com.smartstore.oms.review.domain.CustomerFingerprint;
import com.smartstore.oms.review.domain.Evaluation;
import com.smartstore.oms.review.domain.Review;
import com.smartstore.oms.review.domain.ReviewFacts;
import com.smartstore.oms.review.domain.WarehouseStock;
import com.smartstore.oms.review.repository.BlacklistRepository;
import com.smartstore.oms.review.repository.CatalogRepository;
import com.smartstore.oms.review.repository.InFlightRepository;
import com.smartstore.oms.review.repository.PaymentRepository;
import com.smartstore.oms.review.repository.ReviewRepository;
import com.smartstore.oms.review.repository.StockRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    private final PaymentRepository payments;
    private final Decisions decisions;
    private final SlaConfig sla;
    private final ReviewConfig config;
    private final OrderSnapshots snapshots;
    private final Clock clock;

    public AutomaticReviewService(
            ReviewRepository reviews,
            CatalogRepository catalog,
            StockRepository stock,
            InFlightRepository inFlight,
            BlacklistRepository blacklist,
            PiiCipher cipher,
            AutomaticReview rules,
            PaymentRepository payments,
            Decisions decisions,
            SlaConfig sla,
            ReviewConfig config,
            OrderSnapshots snapshots,
            Clock clock) {
        this.reviews = reviews;
        this.catalog = catalog;
        this.stock = stock;
        this.inFlight = inFlight;
        this.blacklist = blacklist;
        this.cipher = cipher;
        this.rules = rules;
        this.payments = payments;
        this.decisions = decisions;
        this.sla = sla;
        this.config = config;
        this.snapshots = snapshots;
        this.clock = clock;
    }

    public Uni<Void> review(OrderReceived order) {
        if (order.lines().isEmpty() || order.lines().stream().anyMatch(l -> l.quantity() <= 0)) {
            return Uni.createFrom()
                    .failure(new PermanentEventFailure(
                            "order " + order.orderId() + " has no lines or a line without a positive quantity"));
        }
        return reviews.latestRevision(order.orderId()).chain(latest -> {
            // Revisions only grow: one at or below the latest reviewed is a stale or repeated publication.
            if (latest != null && order.revision() <= latest) {
                LOG.infof(
                        "order %s revision %d ignored: revision %d is reviewed already",
                        order.orderNumber(), order.revision(), latest);
                return Uni.createFrom().voidItem();
            }
            return facts(order).chain(facts -> {
                // Read after facts() locked the stock rows: the approval's time is compared with later stock levels.
                Instant now = clock.instant();
                return supersedeOlder(order, now)
                        .chain(() -> store(
                                Review.start(order, rules.evaluate(order, facts), now, sla.manualReviewTime()), order));
            });
        });
    }

    /**
     * Reviews the order again after an amendment changed its lines ({@link Review#amended}); an open
     * review of it is superseded. Runs inside the inbox's transaction.
     */
    public Uni<Void> reviewAmendment(Review latest, OrderReceived amended, UUID amendmentId) {
        boolean approvedBefore = latest.isApproved();
        return facts(amended).chain(facts -> {
            Instant now = clock.instant();
            if (latest.isOpen()) {
                latest.supersede("replaced by the re-review of amendment " + amendmentId, now);
            }
            return store(
                    Review.amended(
                            amended,
                            rules.evaluate(amended, facts),
                            now,
                            sla.manualReviewTime(),
                            amendmentId,
                            approvedBefore),
                    amended);
        });
    }

    /**
     * An approved order's address or contact changed (R-I10; issue 17 case 10): the rules that read them run
     * again. Passing, the approval stands and the order is kept as changed; failing, the order goes back to the
     * queue with an {@code order-held} that stops fulfilment. Runs inside the inbox's transaction.
     */
    public Uni<Void> reviewContactChange(Review approved, OrderReceived changed, UUID amendmentId) {
        return blacklistCandidates(changed).chain(listed -> {
            Evaluation evaluation = rules.evaluateContactAndAddress(
                    changed, new ReviewFacts(Map.of(), Map.of(), Map.of(), listed, List.of()));
            if (evaluation.passed()) {
                approved.orderSnapshot = snapshots.seal(changed);
                return Uni.createFrom().voidItem();
            }
            return store(
                    Review.amended(changed, evaluation, clock.instant(), sla.manualReviewTime(), amendmentId, true),
                    changed);
        });
    }

    /**
     * Runs the rules again on a held review after a payment was recorded for its order (issue 17 case 4): its
     * results are refreshed, and an order held only for its payment is approved once every rule passes. Runs
     * inside the inbox's transaction.
     */
    public Uni<Void> reviewPayment(Review held) {
        OrderReceived order = snapshots.open(held.orderSnapshot);
        if (order == null) {
            LOG.warnf("order %s not re-reviewed after its payment: no snapshot of it was kept", held.orderNumber);
            return Uni.createFrom().voidItem();
        }
        return facts(order).chain(facts -> {
            Instant now = clock.instant();
            Evaluation evaluation = rules.evaluate(order, facts);
            return reviews.results(List.of(held.id))
                    .chain(results -> reviews.lines(held.id)
                            .chain(lines -> decisions.publish(held.paymentRecorded(evaluation, results, now, lines))));
        });
    }

    private Uni<Void> supersedeOlder(OrderReceived order, Instant now) {
        return reviews.pendingBefore(order.orderId(), order.revision())
                .invoke(pending -> pending.forEach(r -> r.supersede(order.revision(), now)))
                .replaceWithVoid();
    }

    /**
     * Loads what the rules check against; one query after the other, as a reactive session runs one at a time.
     * The SKUs' stock rows are locked first and stay locked until the transaction that records this order's
     * approval in flight commits (issue 17 case 5): a parallel review of the same SKUs waits, then counts it.
     */
    private Uni<ReviewFacts> facts(OrderReceived order) {
        List<String> skus = order.lines().stream()
                .map(OrderReceived.Line::sku)
                .distinct()
                .sorted()
                .toList();
        Instant since = order.receivedAt().minus(config.duplicateWindow());
        return stock.lock(skus)
                .map(AutomaticReviewService::availableBySku)
                .chain(available -> inFlight.bySku(skus, order.orderId())
                        .chain(taken -> catalog.bySku(skus)
                                .chain(products -> blacklistCandidates(order)
                                        .chain(listed -> reviews.recentOrdersOf(
                                                        order.customer().pseudonym(), order.orderId(), since)
                                                .chain(recent -> payments.of(order.orderId())
                                                        .map(paid -> new ReviewFacts(
                                                                products, available, taken, listed, recent, paid)))))));
    }

    /**
     * Available units per SKU summed over all warehouses. A warehouse that is oversold (negative) counts as zero:
     * its shortfall does not use up another warehouse's stock.
     */
    private static Map<String, Integer> availableBySku(List<WarehouseStock> levels) {
        Map<String, Integer> available = new HashMap<>();
        levels.forEach(l -> available.merge(l.sku, Math.max(0, l.available), Integer::sum));
        return available;
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
        return persist(started);
    }

    /** Saves a new review with its lines and results, and stages the event it raises. */
    Uni<Void> persist(Review.Started started) {
        // Flushed first: the lines and results reference the review, and identity inserts run at once.
        return reviews.persistAndFlush(started.review())
                .chain(() -> reviews.getSession()
                        .chain(s -> s.persistAll(started.lines().toArray())
                                .chain(() -> s.persistAll(started.results().toArray()))))
                .chain(() -> decisions.publish(started.event()));
    }
}
