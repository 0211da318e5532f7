package com.smartstore.oms.kit.outbox;

import java.time.Instant;
import java.util.UUID;

/** An outbox row not yet acknowledged by Kafka. */
public record PendingEvent(
        long seq,
        UUID id,
        String topic,
        String key,
        String ceType,
        String ceSource,
        String ceSubject,
        Instant ceTime,
        String payload) {}
