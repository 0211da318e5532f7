package com.smartstore.oms.kit.outbox;

/** An event whose JSON body exceeds {@code oms.outbox.max-event-bytes}: a design error of the caller, never stored. */
public class EventTooLargeException extends IllegalArgumentException {
    public EventTooLargeException(String ceType, String key, int bytes, int limit) {
        super(ceType + " for key " + key + " is " + bytes + " bytes, more than the outbox accepts (" + limit
                + " bytes, oms.outbox.max-event-bytes): send references or split it into smaller events");
    }
}
