package com.smartstore.oms.review.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.smartstore.oms.contracts.EventJson;
import com.smartstore.oms.contracts.events.CustomerRedacted;
import com.smartstore.oms.contracts.events.OrderAmended;
import com.smartstore.oms.contracts.events.OrderReceived;
import com.smartstore.oms.kit.privacy.RedactedOrders;
import com.smartstore.oms.review.domain.ExceptionCase;
import com.smartstore.oms.review.domain.Redaction;
import com.smartstore.oms.review.domain.Review;
import com.smartstore.oms.review.repository.RedactionRepository;
import com.smartstore.oms.review.repository.ReviewRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Erases a customer's personal data from review's copies of the orders a {@code customer-redacted} lists (issue 10),
 * in the inbox's transaction: each review's customer name and encrypted order snapshot, the values of them that
 * staff copied into notes, reasons, rule explanations and exception cases, and amendments parked for the order. Each
 * order is marked redacted, also one review has not received yet: whatever event of it arrives later is stored and
 * then erased in its own transaction ({@link #eraseIfRedacted}), so no personal data of it is ever committed again.
 * The blacklist is left alone: its entries are staff's deliberate record, kept only as keyed hashes.
 */
@ApplicationScoped
public class RedactionService {
    private final RedactedOrders orders;
    private final RedactionRepository redactions;
    private final ReviewRepository reviews;
    private final OrderSnapshots snapshots;

    public RedactionService(
            RedactedOrders orders, RedactionRepository redactions, ReviewRepository reviews, OrderSnapshots snapshots) {
        this.orders = orders;
        this.redactions = redactions;
        this.reviews = reviews;
        this.snapshots = snapshots;
    }

    /** Marks and erases each listed order, one after the other under its order lock. */
    public Uni<Void> redact(CustomerRedacted event) {
        return orders.redact(event, reviews::lockOrder, this::erase);
    }

    /**
     * Erases the order's personal data again if it was redacted: the last step of every transaction that stores an
     * event of the order, so a late or replayed one cannot bring the data back.
     */
    public Uni<Void> eraseIfRedacted(UUID orderId) {
        return orders.eraseIfRedacted(orderId, this::erase);
    }

    /** Whether the customer's personal data of the order was erased (or is to be, once the order arrives). */
    public Uni<Boolean> isRedacted(UUID orderId) {
        return orders.isRedacted(orderId);
    }

    private Uni<Void> erase(UUID orderId) {
        // Flushed first: the handler of this transaction may have changed the rows read below.
        return Panache.getSession()
                .chain(s -> s.flush())
                .chain(() -> reviews.list("orderId", orderId))
                .chain(list -> {
                    // Every review's values first: one review's snapshot may hold what another's text repeats.
                    Set<String> values = new LinkedHashSet<>();
                    list.forEach(review -> values.addAll(personalValues(review)));
                    list.forEach(review -> erase(review, values));
                    List<UUID> ids = list.stream().map(r -> r.id).toList();
                    return scrubReviewText(ids, values)
                            .chain(() -> scrubCases(orderId, values))
                            .chain(() -> eraseParked(orderId));
                });
    }

    private Set<String> personalValues(Review review) {
        Set<String> values = new LinkedHashSet<>();
        OrderReceived order = snapshots.open(review.orderSnapshot);
        if (order != null) {
            values.addAll(Redaction.personalValues(order));
        }
        if (review.customerName != null && !Redaction.REDACTED.equals(review.customerName.strip())) {
            values.add(review.customerName.strip());
        }
        return values;
    }

    private void erase(Review review, Set<String> values) {
        review.customerName = Redaction.REDACTED;
        OrderReceived order = snapshots.open(review.orderSnapshot);
        if (order != null) {
            review.orderSnapshot = snapshots.seal(Redaction.of(order));
        }
        review.reason = Redaction.scrub(review.reason, values);
        review.preparedReason = Redaction.scrub(review.preparedReason, values);
    }

    private Uni<Void> scrubReviewText(List<UUID> reviewIds, Set<String> values) {
        if (reviewIds.isEmpty() || values.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return redactions
                .notes(reviewIds)
                .invoke(notes -> notes.forEach(n -> n.text = Redaction.scrub(n.text, values)))
                .chain(() -> redactions.results(reviewIds))
                .invoke(results -> results.forEach(r -> r.explanation = Redaction.scrub(r.explanation, values)))
                .replaceWithVoid();
    }

    private Uni<Void> scrubCases(UUID orderId, Set<String> values) {
        if (values.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return redactions.cases(orderId).chain(cases -> {
            cases.forEach(c -> scrub(c, values));
            List<UUID> ids = cases.stream().map(c -> c.id).toList();
            return ids.isEmpty()
                    ? Uni.createFrom().voidItem()
                    : redactions
                            .history(ids)
                            .invoke(entries -> entries.forEach(e -> e.detail = Redaction.scrub(e.detail, values)))
                            .replaceWithVoid();
        });
    }

    private static void scrub(ExceptionCase c, Set<String> values) {
        c.description = Redaction.scrub(c.description, values);
        c.plan = Redaction.scrub(c.plan, values);
        c.result = Redaction.scrub(c.result, values);
        c.financeAction = Redaction.scrub(c.financeAction, values);
        c.carrierClaim = Redaction.scrub(c.carrierClaim, values);
        if (c.details != null && !c.details.isEmpty()) {
            Map<String, String> scrubbed = new LinkedHashMap<>();
            c.details.forEach((k, v) -> scrubbed.put(k, Redaction.scrub(v, values)));
            if (!scrubbed.equals(c.details)) {
                c.details = scrubbed;
            }
        }
    }

    /** Amendments parked until the order arrives keep the lines they change, not the address or contact. */
    private Uni<Void> eraseParked(UUID orderId) {
        return orders.rewriteParked(orderId, List.of(OrderEvents.AMENDED), RedactionService::erasedAmendment);
    }

    private static String erasedAmendment(String payload) {
        try {
            OrderAmended amendment = EventJson.mapper().readValue(payload, OrderAmended.class);
            return EventJson.mapper().writeValueAsString(Redaction.of(amendment));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a parked order-amended is not one", e);
        }
    }
}
