package com.smartstore.oms.contracts.events;

/** What the returns desk decided about a returned item on inspection (R-X4); only RESELLABLE goes back into stock. */
public enum Disposition {
    /** As new: goes back into stock. */
    RESELLABLE,
    DAMAGED,
    DEFECTIVE,
    /** Not what was shipped. */
    WRONG_ITEM,
    /** Faulty but can be repaired (added by issue 12). */
    REPAIRABLE,
    /** Damaged by the customer: not refunded (added by issue 12). */
    DAMAGED_BY_CUSTOMER
}
