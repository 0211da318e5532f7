package com.smartstore.oms.returns.domain;

import com.smartstore.oms.contracts.events.Disposition;

/** What inspection decides about a returned item (R-X4, R-X5): only RESELLABLE goes back into stock. */
public enum ItemDisposition {
    /** As new: restocked by the receiving warehouse. */
    RESELLABLE,
    /** Faulty, can be repaired. */
    REPAIRABLE,
    /** Faulty beyond repair. */
    DEFECTIVE,
    /** Damaged by the customer: the policy does not cover it. */
    DAMAGED_BY_CUSTOMER;

    /** The same decision in the {@code return-received} contract. */
    public Disposition toContract() {
        return Disposition.valueOf(name());
    }
}
