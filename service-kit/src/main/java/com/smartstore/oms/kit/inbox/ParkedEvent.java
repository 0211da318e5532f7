package com.smartstore.oms.kit.inbox;

import com.smartstore.oms.contracts.EventJson;
import com.smartstore.oms.contracts.EventType;
import com.smartstore.oms.contracts.OmsEvent;
import java.time.OffsetDateTime;

/** An event a consumer parked because it arrived before what it refers to; read it back with {@link #as}. */
public record ParkedEvent(
        long seq,
        String consumer,
        String key,
        String eventId,
        String ceType,
        String source,
        String time,
        String subject,
        String payload,
        String waitingFor) {

    /** True when this is an event of {@code type}. */
    public boolean is(EventType<?> type) {
        return type.ceType().equals(ceType);
    }

    /** The parked event as it arrived, typed; fails permanently if it is not of {@code type}. */
    public <T extends OmsEvent> IncomingEvent<T> as(EventType<T> type) {
        if (!is(type)) {
            throw new PermanentEventFailure("parked event " + eventId + " is a " + ceType + ", not " + type.ceType());
        }
        try {
            return new IncomingEvent<>(
                    eventId,
                    ceType,
                    source,
                    OffsetDateTime.parse(time).toInstant(),
                    subject,
                    EventJson.mapper().readValue(payload, type.payloadClass()));
        } catch (Exception e) {
            throw new PermanentEventFailure("parked event " + eventId + " cannot be read: " + e.getMessage(), e);
        }
    }
}
