package com.smartstore.oms.intake.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.smartstore.oms.intake.domain.Actor;
import com.smartstore.oms.intake.domain.Order;
import com.smartstore.oms.intake.domain.OrderAudit;
import com.smartstore.oms.intake.domain.OrderSnapshot;
import com.smartstore.oms.kit.audit.AuditLog;
import com.smartstore.oms.kit.pii.PiiCipher;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes the audit row of an order change (R-SEC3) in the transaction that makes the change. */
@ApplicationScoped
public class OrderAuditor {
    private final PiiCipher cipher;
    private final ObjectMapper json;
    private final Clock clock;
    private final AuditLog auditLog;

    public OrderAuditor(PiiCipher cipher, ObjectMapper json, Clock clock, AuditLog auditLog) {
        this.cipher = cipher;
        this.json = json;
        this.clock = clock;
        this.auditLog = auditLog;
    }

    /** The order's state as the audit compares it; take it before changing the order. */
    public Map<String, String> snapshot(Order order) {
        return OrderSnapshot.of(order, value -> cipher.hash(value).substring(0, 10));
    }

    /** Records what changed between {@code before} (null for a new order) and the order's state now. */
    public Uni<Void> record(Order order, Map<String, String> before, OrderAudit.Action action, Actor actor) {
        return record(order, before, snapshot(order), action, actor);
    }

    /** Records a change described by explicit before/after fields (e.g. a payment, which is no order field). */
    public Uni<Void> record(
            Order order, Map<String, String> before, Map<String, String> after, OrderAudit.Action action, Actor actor) {
        var diff = OrderSnapshot.diff(before, after);
        if (before != null && diff.get("after").isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        OrderAudit audit = new OrderAudit();
        audit.orderId = order.id;
        audit.revision = order.revision;
        audit.action = action.name();
        audit.actor = actor.name();
        audit.roles = actor.rolesText();
        audit.occurredAt = clock.instant();
        audit.beforeState = before == null ? null : toJson(diff.get("before"));
        audit.afterState = toJson(diff.get("after"));
        // The same change in the service's hash-chained audit log (the kit's, which every service has), masked alike.
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("revision", order.revision);
        if (before != null) {
            details.put("before", diff.get("before"));
        }
        details.put("after", diff.get("after"));
        return Panache.getSession()
                .chain(s -> s.persist(audit))
                .chain(() -> auditLog.record(
                        new AuditLog.Actor(actor.name(), actor.rolesText()),
                        action.name(),
                        order.id.toString(),
                        null,
                        details));
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
