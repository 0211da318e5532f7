package com.smartstore.oms.review.domain;

import com.smartstore.oms.contracts.events.OrderReceived;
import java.util.Map;

/** One automatic check of R-R1: looks at an order revision and the projections, and says pass or fail and why. */
public interface ReviewRule {
    /** Stable kebab-case name, stored with each result and sent in {@code order-held}. */
    String name();

    RuleResult evaluate(OrderReceived order, ReviewFacts facts);

    /** The thresholds this rule applies, by their {@code oms.review...} key, for managers to see. */
    default Map<String, String> settings() {
        return Map.of();
    }

    /**
     * True for a rule that reads the customer's contact details or the shipping address: it runs again when an
     * approved order's address or contact changes (R-I10; issue 17 case 10).
     */
    default boolean readsContactOrAddress() {
        return false;
    }
}
