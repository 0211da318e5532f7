package com.smartstore.oms.kit.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.smartstore.oms.contracts.EventJson;
import com.smartstore.oms.contracts.EventType;
import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.OmsEvent;
import com.smartstore.oms.kit.audit.AuditLog;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Adds outgoing events to the transactional outbox. Call it inside the transaction that changes the
 * state the event reports: both commit or neither does, and {@link OutboxRelay} publishes the row later.
 */
@ApplicationScoped
public class Outbox {
    private final String source;
    private final int maxEventBytes;
    private final AuditLog audit;

    public Outbox(
            @ConfigProperty(name = "quarkus.application.name") String applicationName,
            OutboxConfig config,
            AuditLog audit) {
        this.source = "/oms/" + applicationName;
        this.maxEventBytes = config.maxEventBytes();
        this.audit = audit;
    }

    /**
     * Stages an event in the current Hibernate Reactive transaction; fails if there is none, and with an
     * {@link EventTooLargeException} if its body is larger than {@code oms.outbox.max-event-bytes}. The change the
     * event announces is audited in the same transaction (R-SEC3): a row of the audit log with the caller, the event's
     * type as the action, its order and key, and its id (not its body, which may hold personal data).
     */
    public Uni<Void> add(OmsEvent event) {
        OutboxMessage message;
        try {
            message = toMessage(event);
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().failure(e);
        }
        return Panache.currentTransaction()
                .onItem()
                .ifNull()
                .failWith(() -> new IllegalStateException("Outbox.add must run inside a transaction"))
                .chain(tx -> Panache.getSession())
                .chain(session -> session.persist(message))
                .chain(() -> audit.record(
                        message.topic, orderIdOf(message), message.eventKey, Map.of("eventId", message.id.toString())));
    }

    /** The event's {@code orderId} field, if it has one. */
    private static String orderIdOf(OutboxMessage message) {
        try {
            JsonNode orderId = EventJson.mapper().readTree(message.payload).get("orderId");
            return orderId == null || !orderId.isTextual() ? null : orderId.asText();
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /**
     * Deletes the outbox's copies of the events of these keys that were published already (e.g. of the orders a
     * customer's redaction lists: their payloads hold the personal data the service was asked to erase). Rows not
     * yet sent stay, they must still go out; the others would only wait for retention. Runs in the current
     * transaction.
     */
    public Uni<Integer> forgetPublished(Collection<String> keys) {
        if (keys.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "delete from outbox where published_at is not null and event_key in (:keys)")
                        .setParameter("keys", List.copyOf(keys))
                        .executeUpdate());
    }

    OutboxMessage toMessage(OmsEvent event) {
        EventType<?> type = Events.forPayload(event.getClass());
        OutboxMessage message = new OutboxMessage();
        message.id = UUID.randomUUID();
        message.topic = type.topic();
        message.eventKey = event.key();
        message.ceType = type.ceType();
        message.ceSource = source;
        message.ceSubject = event.key();
        message.ceTime = event.occurredAt();
        try {
            message.payload = EventJson.mapper().writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialise " + type.ceType(), e);
        }
        int bytes = message.payload.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > maxEventBytes) {
            throw new EventTooLargeException(type.ceType(), event.key(), bytes, maxEventBytes);
        }
        return message;
    }
}
