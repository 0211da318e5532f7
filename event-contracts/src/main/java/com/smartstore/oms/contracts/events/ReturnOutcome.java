package com.smartstore.oms.contracts.events;

/** How a return ticket ended (R-X4..R-X6). */
public enum ReturnOutcome {
    /** The refund was paid out and finance confirmed it. */
    REFUNDED,
    /** The goods are replaced: intake creates a zero-priced replacement order ({@code exchange-requested}). */
    EXCHANGED,
    /** Not eligible: the goods are repaired, with the customer's consent. */
    REPAIRED,
    /** Not eligible: part of the price is paid back ({@code refundAmount}), with the customer's consent. */
    PARTIALLY_COMPENSATED,
    /** Not eligible: the goods are sent back to the customer, with their consent. */
    RETURNED_TO_CUSTOMER
}
