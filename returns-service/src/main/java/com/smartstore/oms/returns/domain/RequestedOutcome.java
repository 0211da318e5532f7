package com.smartstore.oms.returns.domain;

/** What the customer asks for in return for the goods (R-X2). */
public enum RequestedOutcome {
    REFUND,
    /** The same product in another specification (size, colour...), named on the ticket. */
    EXCHANGE
}
