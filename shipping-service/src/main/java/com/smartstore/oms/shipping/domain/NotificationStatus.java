package com.smartstore.oms.shipping.domain;

/**
 * Where a customer notification is: PENDING until sent (retried with backoff), SENT, FAILED after the last attempt,
 * SKIPPED when the order has no e-mail address, CANCELLED when the customer's data was erased before it went out.
 */
public enum NotificationStatus {
    PENDING,
    SENT,
    FAILED,
    SKIPPED,
    CANCELLED
}
