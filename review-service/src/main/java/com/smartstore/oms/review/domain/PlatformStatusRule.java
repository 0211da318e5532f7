package com.smartstore.oms.review.domain;

import com.smartstore.oms.contracts.events.OrderReceived;

/**
 * A platform order is a live order (issue 10): a test order (Shopify {@code test: true}, e.g. the Bogus gateway or
 * "Send test notification") is never fulfilled by itself, and an order the platform had cancelled before it reached
 * us waits for the cancellation intake asked for at once (shipping confirms it; the review is then closed).
 */
public final class PlatformStatusRule implements ReviewRule {
    public static final String NAME = "platform-status";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public RuleResult evaluate(OrderReceived order, ReviewFacts facts) {
        OrderReceived.Platform platform = order.platform();
        if (platform == null) {
            return RuleResult.pass(NAME, "Not a platform order");
        }
        if (platform.cancelledAt() != null) {
            return RuleResult.fail(
                    NAME,
                    "The platform had cancelled this order at " + platform.cancelledAt()
                            + (platform.cancelReason() == null ? "" : " (" + platform.cancelReason() + ")")
                            + " before it reached us; intake asked for its cancellation, which closes this review");
        }
        if (platform.testOrder()) {
            return RuleResult.fail(
                    NAME,
                    "A test order on the platform (test: true): not to be fulfilled. Reject it, or approve it on purpose"
                            + " to test fulfilment");
        }
        return RuleResult.pass(
                NAME,
                "A live platform order" + (platform.status() == null ? "" : " (status " + platform.status() + ")"));
    }
}
