package com.smartstore.oms.contracts.events;

/** How urgent an exception is. */
public enum Severity {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL
}
