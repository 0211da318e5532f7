package com.smartstore.oms.kit.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.smartstore.oms.contracts.EventJson;
import com.smartstore.oms.kit.security.Roles;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.FlushMode;

/**
 * The service's audit log (R-SEC3, issue 15): one row per state change, appended in the transaction that makes the
 * change (without waiting for other writers), and chained by hash per service within a second by {@link AuditSealer}
 * (the table and the chain: {@code db/kit/V0_4__audit_log.sql}). The outbox
 * appends a row for every event it stages, so every change that is announced is audited without more code; a service
 * calls {@link #record} for changes it makes without an event, or to add what changed (masked).
 */
@ApplicationScoped
public class AuditLog {
    /** Who acted when no person did: a consumer applying an event, a scheduled job. */
    public static final String SYSTEM = "system";

    private static final Set<String> OMS_ROLES = Set.of(
            Roles.ORDER_CLERK,
            Roles.SALES,
            Roles.CUSTOMER_SERVICE,
            Roles.REVIEWER,
            Roles.WAREHOUSE,
            Roles.PURCHASING,
            Roles.SHIPPING,
            Roles.AFTER_SALES,
            Roles.FINANCE,
            Roles.QUALITY,
            Roles.MANAGER,
            Roles.ADMIN,
            Roles.STOREFRONT,
            Roles.TRAINEE,
            "monitoring");

    /** Who acted: a user name and their OMS roles (comma-separated, sorted). */
    public record Actor(String name, String roles) {}

    private static final Actor SYSTEM_ACTOR = new Actor(SYSTEM, "");

    private final Clock clock;

    public AuditLog(Clock clock) {
        this.clock = clock;
    }

    /**
     * Appends a row for the current caller (the request's user, else {@value #SYSTEM}) in the current Hibernate
     * Reactive transaction; fails if there is none. {@code details} must hold no personal value in clear (mask it with
     * {@code PiiMask} or a keyed hash).
     */
    public Uni<Void> record(String action, String orderId, String subject, Map<String, ?> details) {
        return currentActor().chain(actor -> record(actor, action, orderId, subject, details));
    }

    /** Appends a row for an explicit actor (e.g. a platform's webhook, which has no user). */
    public Uni<Void> record(Actor actor, String action, String orderId, String subject, Map<String, ?> details) {
        String detailsJson;
        try {
            detailsJson = details == null || details.isEmpty()
                    ? null
                    : EventJson.mapper().writeValueAsString(details);
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(new IllegalArgumentException("audit details not serialisable", e));
        }
        OffsetDateTime at = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        return Panache.currentTransaction()
                .onItem()
                .ifNull()
                .failWith(() -> new IllegalStateException("AuditLog.record must run inside a transaction"))
                .chain(tx -> Panache.getSession())
                .chain(session -> {
                    // A native statement would flush the session first (AUTO): the caller's entities mid-change, e.g.
                    // a collection with orphan removal half edited when the event is staged. The row touches no
                    // entity's table, so the session's changes wait for the commit as they would without the audit.
                    FlushMode before = session.getFlushMode();
                    session.setFlushMode(FlushMode.COMMIT);
                    return session.createNativeQuery(
                                    "insert into audit_log (occurred_at, actor, roles, action, order_id, subject,"
                                            + " details) values (:at, :actor, :roles, :action, cast(:orderId as text),"
                                            + " cast(:subject as text), cast(:details as text))")
                            .setParameter("at", at)
                            .setParameter("actor", actor.name())
                            .setParameter("roles", actor.roles())
                            .setParameter("action", action)
                            .setParameter("orderId", orderId)
                            .setParameter("subject", subject)
                            .setParameter("details", detailsJson)
                            .executeUpdate()
                            .eventually(() -> session.setFlushMode(before));
                })
                .replaceWithVoid();
    }

    /**
     * The caller of the current request with their OMS roles, or {@value #SYSTEM} outside a request or when anonymous.
     * Reads the identity without blocking (it may still be on its way on the event loop).
     */
    public static Uni<Actor> currentActor() {
        ManagedContext requestContext = Arc.container().requestContext();
        if (!requestContext.isActive()) {
            return Uni.createFrom().item(SYSTEM_ACTOR);
        }
        CurrentIdentityAssociation association =
                Arc.container().instance(CurrentIdentityAssociation.class).get();
        if (association == null) {
            return Uni.createFrom().item(SYSTEM_ACTOR);
        }
        return association.getDeferredIdentity().map(identity -> {
            if (identity == null || identity.isAnonymous()) {
                return SYSTEM_ACTOR;
            }
            Set<String> roles = new TreeSet<>(identity.getRoles());
            roles.retainAll(OMS_ROLES);
            return new Actor(identity.getPrincipal().getName(), String.join(",", roles));
        });
    }
}
