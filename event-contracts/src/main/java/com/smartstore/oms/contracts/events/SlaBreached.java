package com.smartstore.oms.contracts.events;

import static java.util.Objects.requireNonNull;

import com.smartstore.oms.contracts.OmsEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * A piece of work passed its deadline unfinished; published once per item by the service that owns
 * it, and the item is escalated. Key: the order id, or the subject id when no order exists yet.
 *
 * @param subjectId id of the late item: entry request, review, pick list or case
 * @param owner who held the item when it became late, if anyone
 */
public record SlaBreached(
        SlaKind kind,
        String subjectId,
        UUID orderId,
        String orderNumber,
        String service,
        String owner,
        Instant deadline,
        Instant detectedAt)
        implements OmsEvent {

    public SlaBreached {
        requireNonNull(kind, "kind");
        requireNonNull(subjectId, "subjectId");
        requireNonNull(service, "service");
        requireNonNull(deadline, "deadline");
        requireNonNull(detectedAt, "detectedAt");
    }

    @Override
    public String key() {
        return orderId != null ? orderId.toString() : subjectId;
    }

    @Override
    public Instant occurredAt() {
        return detectedAt;
    }
}
