package com.smartstore.oms.review.domain;

import com.smartstore.oms.contracts.events.OrderReceived;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The payment is complete and consistent with the order total, by method (R-R1): prepaid (ONLINE) is paid
 * in full with a paid-at; cash on delivery is due, not paid yet, equals the total and stays within the
 * configured maximum; an instalment plan has its first payment made and its instalments add up to the total.
 */
public final class PaymentCompleteRule implements ReviewRule {
    public static final String NAME = "payment-complete";

    private final BigDecimal codMaximum;
    private final BigDecimal instalmentTolerance;

    /**
     * @param codMaximum the largest order total accepted for cash on delivery
     * @param instalmentTolerance how far count x amount per instalment may differ from the total (rounding)
     */
    public PaymentCompleteRule(BigDecimal codMaximum, BigDecimal instalmentTolerance) {
        if (codMaximum == null || codMaximum.signum() < 0) {
            throw new IllegalArgumentException(
                    "oms.review.rules.payment-complete.cod-maximum must be zero or positive, was " + codMaximum);
        }
        if (instalmentTolerance == null || instalmentTolerance.signum() < 0) {
            throw new IllegalArgumentException(
                    "oms.review.rules.payment-complete.instalment-tolerance must be zero or positive, was "
                            + instalmentTolerance);
        }
        this.codMaximum = codMaximum;
        this.instalmentTolerance = instalmentTolerance;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Map<String, String> settings() {
        return Map.of(
                "oms.review.rules.payment-complete.cod-maximum", codMaximum.toPlainString(),
                "oms.review.rules.payment-complete.instalment-tolerance", instalmentTolerance.toPlainString());
    }

    @Override
    public RuleResult evaluate(OrderReceived order, ReviewFacts facts) {
        OrderReceived.Payment payment = order.payment();
        String currency = " " + order.currency();
        String amount = payment.amount().toPlainString() + currency;
        String total = order.totalAmount().toPlainString() + currency;
        List<String> problems = new ArrayList<>();
        String summary;
        switch (payment.method()) {
            case CASH_ON_DELIVERY -> {
                if (payment.amount().compareTo(order.totalAmount()) != 0) {
                    problems.add("the " + amount + " to collect differs from the order total of " + total);
                }
                if (payment.paidAt() != null) {
                    problems.add("cash on delivery is paid on delivery, yet paid-at is " + payment.paidAt());
                }
                if (order.totalAmount().compareTo(codMaximum) > 0) {
                    problems.add("the order total of " + total + " is above the cash-on-delivery maximum of "
                            + codMaximum.toPlainString() + currency);
                }
                summary = amount + " due on delivery, equal to the order total, within the cash-on-delivery maximum";
            }
            case INSTALMENTS -> {
                requirePaidAt(payment, problems);
                OrderReceived.Instalments plan = payment.instalments();
                if (plan == null) {
                    problems.add("an INSTALMENTS payment has no instalment plan (count and amount per instalment)");
                    summary = "";
                } else {
                    BigDecimal planTotal = plan.amountPerInstalment().multiply(BigDecimal.valueOf(plan.count()));
                    String planText = plan.count() + " x "
                            + plan.amountPerInstalment().toPlainString() + " = " + planTotal.toPlainString() + currency;
                    if (planTotal.subtract(order.totalAmount()).abs().compareTo(instalmentTolerance) > 0) {
                        problems.add(
                                "the instalment plan " + planText + " does not add up to the order total of " + total);
                    }
                    summary = "instalment plan " + planText + " adds up to the order total; first paid at "
                            + payment.paidAt();
                }
            }
            default -> {
                requirePaidAt(payment, problems);
                if (payment.amount().compareTo(order.totalAmount()) < 0) {
                    problems.add("the payment of " + amount + " is less than the order total of " + total);
                }
                summary = payment.method() + " payment of " + amount + " received at " + payment.paidAt()
                        + ", covering the order total of " + total;
            }
        }
        if (!problems.isEmpty()) {
            return RuleResult.fail(NAME, "Payment incomplete: " + String.join("; ", problems));
        }
        return RuleResult.pass(NAME, summary);
    }

    private static void requirePaidAt(OrderReceived.Payment payment, List<String> problems) {
        if (payment.paidAt() == null) {
            problems.add("the " + payment.method() + " payment has no paid-at time, so it is not confirmed");
        }
    }
}
