package com.smartstore.oms.intake.domain;

/**
 * What a platform's webhook topic means to intake. A topic a source does not map to one of these is acknowledged
 * (2xx) and its delivery kept as IGNORED: a merchant subscribing to more topics than we take must not get failing
 * webhooks. The order's later life on the platform (updates, cancellations, refunds) and privacy requests are added
 * here as they are built (issue 10, part B).
 */
public enum WebhookTopic {
    /** A new order: it becomes one order, or one DATA_ERROR case for a clerk. */
    ORDER_CREATED
}
