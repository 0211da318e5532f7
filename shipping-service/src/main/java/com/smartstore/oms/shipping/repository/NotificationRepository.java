package com.smartstore.oms.shipping.repository;

import com.smartstore.oms.shipping.domain.Notification;
import com.smartstore.oms.shipping.domain.NotificationStatus;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Customer notifications: one per cause and shipment, and the sender's work queue. */
@ApplicationScoped
public class NotificationRepository implements PanacheRepositoryBase<Notification, UUID> {

    /** Whether the customer was notified (or is to be) of this cause for this shipment already. */
    public Uni<Boolean> exists(UUID shipmentId, String cause) {
        return count("shipmentId = ?1 and cause = ?2", shipmentId, cause).map(n -> n > 0);
    }

    /** A shipment's notifications, oldest first. */
    public Uni<List<Notification>> forShipment(UUID shipmentId) {
        return list("shipmentId", Sort.by("createdAt").and("id"), shipmentId);
    }

    public Uni<List<Notification>> forOrder(UUID orderId) {
        return list("orderId", Sort.by("createdAt").and("id"), orderId);
    }

    /** Mails due to be (re)tried, longest due first, at most {@code limit} (not locked: {@link #claim} decides). */
    public Uni<List<Notification>> due(Instant now, int limit) {
        return find("status = ?1 and nextAttemptAt <= ?2 order by nextAttemptAt, id", NotificationStatus.PENDING, now)
                .page(0, limit)
                .list();
    }

    /**
     * Takes a due mail for one attempt unless another sender took it (or it changed) since it was read: moves its next
     * attempt to {@code until}, so that it is tried again then if this sender dies before it records the outcome.
     * True if this call took it; safe with several instances.
     */
    public Uni<Boolean> claim(UUID id, int attempts, Instant now, Instant until) {
        return update(
                        "nextAttemptAt = ?1, version = version + 1 where id = ?2 and status = ?3 and attempts = ?4"
                                + " and nextAttemptAt <= ?5",
                        until,
                        id,
                        NotificationStatus.PENDING,
                        attempts,
                        now)
                .map(updated -> updated == 1);
    }
}
