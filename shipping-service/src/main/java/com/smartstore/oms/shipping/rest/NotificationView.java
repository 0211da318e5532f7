package com.smartstore.oms.shipping.rest;

import com.smartstore.oms.kit.pii.PiiMask;
import com.smartstore.oms.shipping.domain.Notification;
import com.smartstore.oms.shipping.domain.NotificationKind;
import com.smartstore.oms.shipping.domain.NotificationStatus;
import java.time.Instant;
import java.util.UUID;

/**
 * A mail to the customer about a shipment as staff see it (R-S3): what it was about, in which language, to whom
 * (masked: {@code a***@example.com}), and whether and when it went out or why not.
 */
public record NotificationView(
        UUID id,
        NotificationKind kind,
        String language,
        String recipient,
        String subject,
        NotificationStatus status,
        int attempts,
        Instant createdAt,
        Instant nextAttemptAt,
        Instant sentAt,
        Instant failedAt,
        String lastError) {

    static NotificationView of(Notification n) {
        return new NotificationView(
                n.id,
                n.kind,
                n.language,
                n.recipient == null || n.recipient.startsWith("[") ? n.recipient : PiiMask.email(n.recipient),
                n.subject,
                n.status,
                n.attempts,
                n.createdAt,
                n.nextAttemptAt,
                n.sentAt,
                n.failedAt,
                n.lastError);
    }
}
