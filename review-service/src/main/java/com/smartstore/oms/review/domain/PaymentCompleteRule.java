package com.smartstore.oms.review.domain;

import com.smartstore.oms.contracts.events.OrderReceived;
import com.smartstore.oms.contracts.events.PaymentMethod;
import java.util.ArrayList;
import java.util.List;

/**
 * The payment covers the order total exactly, and its paid-at fits the method: online and instalment
 * payments are made already, cash on delivery is due and so not paid yet.
 */
public final class PaymentCompleteRule implements ReviewRule {
    public static final String NAME = "payment-complete";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public RuleResult evaluate(OrderReceived order, ReviewFacts facts) {
        OrderReceived.Payment payment = order.payment();
        String amount = payment.amount().toPlainString() + " " + order.currency();
        List<String> problems = new ArrayList<>();
        if (payment.amount().compareTo(order.totalAmount()) != 0) {
            problems.add("the payment of " + amount + " differs from the order total of "
                    + order.totalAmount().toPlainString() + " " + order.currency());
        }
        boolean cashOnDelivery = payment.method() == PaymentMethod.CASH_ON_DELIVERY;
        if (!cashOnDelivery && payment.paidAt() == null) {
            problems.add("the " + payment.method() + " payment has no paid-at time, so it is not confirmed");
        }
        if (cashOnDelivery && payment.paidAt() != null) {
            problems.add("cash on delivery is paid on delivery, yet paid-at is " + payment.paidAt());
        }
        if (!problems.isEmpty()) {
            return RuleResult.fail(NAME, "Payment incomplete: " + String.join("; ", problems));
        }
        return RuleResult.pass(
                NAME,
                cashOnDelivery
                        ? amount + " due on delivery, equal to the order total"
                        : payment.method() + " payment of " + amount + " received at " + payment.paidAt()
                                + ", equal to the order total");
    }
}
