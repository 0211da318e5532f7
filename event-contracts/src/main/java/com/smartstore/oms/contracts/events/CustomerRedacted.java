package com.smartstore.oms.contracts.events;

import static java.util.Objects.requireNonNull;

import com.smartstore.oms.contracts.OmsEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A customer's personal data was erased at their request (a platform's privacy webhook, e.g. Shopify's
 * {@code customers/redact}): intake erased it from the listed orders; every service that keeps a copy of those orders'
 * personal data (name, contact, address but the country, remarks) erases it too. What was ordered and the amounts stay.
 *
 * @param requestId intake's privacy request; the same for every delivery of this event
 * @param platformCustomerId the platform's id of the customer, when it gave one
 * @param orderIds the orders whose personal data was erased
 * @param reason what asked for it, e.g. {@code customers/redact from shop.myshopify.com}
 */
public record CustomerRedacted(
        UUID requestId,
        SalesChannel channel,
        String platformCustomerId,
        List<UUID> orderIds,
        String reason,
        Instant redactedAt)
        implements OmsEvent {

    public CustomerRedacted {
        requireNonNull(requestId, "requestId");
        requireNonNull(channel, "channel");
        requireNonNull(orderIds, "orderIds");
        requireNonNull(reason, "reason");
        requireNonNull(redactedAt, "redactedAt");
        orderIds = List.copyOf(orderIds);
    }

    @Override
    public String key() {
        return requestId.toString();
    }

    @Override
    public Instant occurredAt() {
        return redactedAt;
    }
}
