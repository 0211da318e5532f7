package com.smartstore.oms.contracts.events;

/** What the returns desk decided about a returned item on inspection. */
public enum Disposition {
    /** As new: goes back into stock. */
    RESELLABLE,
    DAMAGED,
    DEFECTIVE,
    /** Not what was shipped. */
    WRONG_ITEM
}
