package com.smartstore.oms.returns.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.smartstore.oms.contracts.EventJson;
import com.smartstore.oms.contracts.Topics;
import com.smartstore.oms.contracts.events.CustomerRedacted;
import com.smartstore.oms.kit.privacy.RedactedOrders;
import com.smartstore.oms.returns.domain.ReturnReason;
import com.smartstore.oms.returns.domain.ReturnTicket;
import com.smartstore.oms.returns.repository.ReturnRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Erases a customer's personal data from returns' copies of the orders a {@code customer-redacted} lists (issue 10),
 * in the inbox's transaction: what the customer said on each return ticket (notes, photos, the notes of the contact
 * log) becomes {@code [redacted]}, in the ticket and in the {@code return-requested} and {@code exchange-requested} rows of the outbox. Returns keeps
 * no name, contact or address. Each order is recorded in {@code redacted_order}; a return opened after the redaction is a new
 * request of the customer and keeps its reason.
 */
@ApplicationScoped
public class RedactionService {
    private final RedactedOrders orders;
    private final ReturnRepository returns;

    public RedactionService(RedactedOrders orders, ReturnRepository returns) {
        this.orders = orders;
        this.returns = returns;
    }

    /**
     * Erases what the customer said on each listed order's tickets and of its {@code return-requested} events waiting in the
     * outbox; the copies already sent are dropped by the kit.
     */
    public Uni<Void> redact(CustomerRedacted event) {
        return orders.redact(event, orderId -> Uni.createFrom().voidItem(), this::erase);
    }

    private Uni<Void> erase(UUID orderId) {
        return returns.list("orderId", orderId)
                .invoke(tickets -> tickets.forEach(ReturnTicket::redact))
                .chain(() -> eraseOutbox(orderId));
    }

    /** The order's {@code return-requested} events, sent or not, keep no reason either. */
    private static Uni<Void> eraseOutbox(UUID orderId) {
        return Panache.getSession()
                .chain(s -> s.createNativeQuery(
                                "select seq, payload from outbox where event_key = :key and topic in (:topics)",
                                Object[].class)
                        .setParameter("key", orderId.toString())
                        .setParameter("topics", List.of(Topics.RETURN_REQUESTED, Topics.EXCHANGE_REQUESTED))
                        .getResultList())
                .chain(rows -> {
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    for (Object[] row : rows) {
                        long seq = ((Number) row[0]).longValue();
                        String erased = withoutReason((String) row[1]);
                        chain = chain.chain(() -> Panache.getSession()
                                .chain(s -> s.createNativeQuery("update outbox set payload = :payload where seq = :seq")
                                        .setParameter("payload", erased)
                                        .setParameter("seq", seq)
                                        .executeUpdate())
                                .replaceWithVoid());
                    }
                    return chain;
                });
    }

    /**
     * Without what the customer said: {@code notes} ({@code note} of {@code exchange-requested}), and {@code reason}
     * where it is free text (events published before
     * issue 12); a reason code stays.
     */
    private static String withoutReason(String payload) {
        try {
            JsonNode json = EventJson.mapper().readTree(payload);
            if (json instanceof ObjectNode object) {
                if (object.hasNonNull("notes")) {
                    object.put("notes", ReturnTicket.REDACTED);
                }
                if (object.hasNonNull("note")) { // exchange-requested: the ticket's notes
                    object.put("note", ReturnTicket.REDACTED);
                }
                if (object.hasNonNull("reason")
                        && !isReasonCode(object.get("reason").asText())) {
                    object.put("reason", ReturnTicket.REDACTED);
                }
            }
            return EventJson.mapper().writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an outbox row of return-requested is not JSON", e);
        }
    }

    private static boolean isReasonCode(String reason) {
        return Arrays.stream(ReturnReason.values()).anyMatch(r -> r.name().equals(reason));
    }
}
