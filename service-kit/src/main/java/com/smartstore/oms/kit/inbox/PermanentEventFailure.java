package com.smartstore.oms.kit.inbox;

/**
 * An event that can never be processed (cannot be read, violates its contract, or asks for something a
 * business rule will never allow). The inbox sends it to the topic's dead-letter twin at once, without retrying.
 */
public class PermanentEventFailure extends RuntimeException {
    public PermanentEventFailure(String message) {
        super(message);
    }

    public PermanentEventFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
