package com.smartstore.oms.contracts;

import java.time.Instant;

/** An event body: knows its record key (the order id for order events) and when its step happened. */
public interface OmsEvent {
    /** The Kafka record key and CloudEvents subject. */
    String key();

    /** When the step happened; published as CloudEvents {@code time}. */
    Instant occurredAt();
}
