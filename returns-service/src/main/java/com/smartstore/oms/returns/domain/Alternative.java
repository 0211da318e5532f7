package com.smartstore.oms.returns.domain;

import com.smartstore.oms.contracts.events.ReturnOutcome;

/** What is offered instead for goods the policy does not cover (R-X4), once the customer consents. */
public enum Alternative {
    REPAIR(ReturnOutcome.REPAIRED),
    /** Part of the price paid back: the offer names the amount. */
    PARTIAL_COMPENSATION(ReturnOutcome.PARTIALLY_COMPENSATED),
    RETURN_TO_CUSTOMER(ReturnOutcome.RETURNED_TO_CUSTOMER);

    private final ReturnOutcome outcome;

    Alternative(ReturnOutcome outcome) {
        this.outcome = outcome;
    }

    /** How the ticket ends when the customer consents. */
    public ReturnOutcome outcome() {
        return outcome;
    }
}
