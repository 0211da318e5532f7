package com.smartstore.oms.intake.rest;

import com.smartstore.oms.intake.domain.WebhookDelivery;
import java.time.Instant;
import java.util.UUID;

/** A webhook delivery as kept for audit: where it came from, what it said, and what became of it. */
public record WebhookDeliveryView(
        UUID id,
        String source,
        String deliveryId,
        String origin,
        String topic,
        Instant receivedAt,
        WebhookDelivery.Outcome outcome,
        String problem,
        String externalOrderId,
        UUID orderId,
        String headers,
        String payload) {

    public static WebhookDeliveryView of(WebhookDelivery d) {
        return new WebhookDeliveryView(
                d.id,
                d.source,
                d.deliveryId,
                d.origin,
                d.topic,
                d.receivedAt,
                d.outcome,
                d.problem,
                d.externalOrderId,
                d.orderId,
                d.headers,
                d.payload);
    }
}
