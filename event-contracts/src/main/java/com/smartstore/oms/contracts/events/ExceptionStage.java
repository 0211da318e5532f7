package com.smartstore.oms.contracts.events;

/**
 * Where an exception stands. {@code DETECTED} is a service noticing an anomaly (e.g. intake: a failed
 * payment); review's exception desk turns it into a case, and every later stage is a case transition
 * (R-E2..R-E5).
 */
public enum ExceptionStage {
    DETECTED,
    OPENED,
    ASSIGNED,
    RESOLVED,
    CLOSED,
    ESCALATED
}
