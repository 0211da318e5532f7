package com.smartstore.oms.review.domain;

import com.smartstore.oms.contracts.events.OrderReceived;
import com.smartstore.oms.contracts.events.PaymentResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The payment is complete and consistent with the order total, by method (R-R1), judged only from sources that
 * vouch for it (R-I6; issue 17 case 4): a payment the platform confirmed in a signed webhook ({@code confirmedBy})
 * or captures recorded by providers and finance ({@code payment-recorded}); a caller's paid-at alone proves nothing.
 * ONLINE needs the total captured (within the price tolerance) or confirmed; INSTALMENTS needs a plan that adds up
 * to the total and its first instalment captured or confirmed; cash on delivery is due, not paid yet, equals the
 * total and stays within the configured maximum. Until paid the order waits ("awaiting payment"); a failed
 * payment fails the rule.
 */
public final class PaymentCompleteRule implements ReviewRule {
    public static final String NAME = "payment-complete";

    private final String currency;
    private final BigDecimal codMaximum;
    private final BigDecimal instalmentTolerance;
    private final BigDecimal captureTolerance;

    /**
     * @param currency the shop's currency, the one the cash-on-delivery maximum is in ({@code oms.review.currency})
     * @param codMaximum the largest order total accepted for cash on delivery
     * @param instalmentTolerance how far count x amount per instalment may differ from the total (rounding)
     * @param captureTolerance how far captures may fall short of what is due and still count as paid (the price
     *     tolerance)
     */
    public PaymentCompleteRule(
            String currency, BigDecimal codMaximum, BigDecimal instalmentTolerance, BigDecimal captureTolerance) {
        if (codMaximum == null || codMaximum.signum() < 0) {
            throw new IllegalArgumentException(
                    "oms.review.rules.payment-complete.cod-maximum must be zero or positive, was " + codMaximum);
        }
        if (instalmentTolerance == null || instalmentTolerance.signum() < 0) {
            throw new IllegalArgumentException(
                    "oms.review.rules.payment-complete.instalment-tolerance must be zero or positive, was "
                            + instalmentTolerance);
        }
        if (captureTolerance == null || captureTolerance.signum() < 0) {
            throw new IllegalArgumentException(
                    "oms.review.price-tolerance must be zero or positive, was " + captureTolerance);
        }
        this.currency = java.util.Objects.requireNonNull(currency, "oms.review.currency");
        this.codMaximum = codMaximum;
        this.instalmentTolerance = instalmentTolerance;
        this.captureTolerance = captureTolerance;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Map<String, String> settings() {
        return Map.of(
                "oms.review.rules.payment-complete.cod-maximum", codMaximum.toPlainString(),
                "oms.review.rules.payment-complete.instalment-tolerance", instalmentTolerance.toPlainString(),
                "oms.review.price-tolerance", captureTolerance.toPlainString(),
                "oms.review.currency", currency);
    }

    @Override
    public RuleResult evaluate(OrderReceived order, ReviewFacts facts) {
        OrderReceived.Payment payment = order.payment();
        String inOrderCurrency = " " + order.currency();
        String amount = payment.amount().toPlainString() + inOrderCurrency;
        String total = order.totalAmount().toPlainString() + inOrderCurrency;
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
                codMaximumProblem(order).ifPresent(problems::add);
                summary = amount + " due on delivery, equal to the order total, within the cash-on-delivery maximum";
            }
            case INSTALMENTS -> {
                OrderReceived.Instalments plan = payment.instalments();
                if (plan == null) {
                    problems.add("an INSTALMENTS payment has no instalment plan (count and amount per instalment)");
                    summary = "";
                } else {
                    BigDecimal planTotal = plan.amountPerInstalment().multiply(BigDecimal.valueOf(plan.count()));
                    String planText =
                            plan.count() + " x " + plan.amountPerInstalment().toPlainString() + " = "
                                    + planTotal.toPlainString() + inOrderCurrency;
                    if (planTotal.subtract(order.totalAmount()).abs().compareTo(instalmentTolerance) > 0) {
                        problems.add(
                                "the instalment plan " + planText + " does not add up to the order total of " + total);
                    }
                    summary = "instalment plan " + planText + " adds up to the order total; first instalment "
                            + paid(order, facts, plan.amountPerInstalment(), "first instalment", problems);
                }
            }
            default -> {
                if (!covered(facts, order.totalAmount())
                        && payment.confirmed()
                        && payment.amount().compareTo(order.totalAmount()) < 0) {
                    problems.add("the payment of " + amount + " is less than the order total of " + total);
                }
                summary = payment.method() + " payment of the order total of " + total + " "
                        + paid(order, facts, order.totalAmount(), "order total", problems);
            }
        }
        if (!problems.isEmpty()) {
            return RuleResult.fail(NAME, "Payment incomplete: " + String.join("; ", problems));
        }
        return RuleResult.pass(NAME, summary);
    }

    /** The cash-on-delivery maximum is in the shop's currency (issue 10): the total is compared in that currency. */
    private java.util.Optional<String> codMaximumProblem(OrderReceived order) {
        String total = ShopMoney.describe(order, currency);
        String maximum = codMaximum.toPlainString() + " " + currency;
        return ShopMoney.total(order, currency)
                .map(inShopCurrency -> inShopCurrency.compareTo(codMaximum) > 0
                        ? java.util.Optional.of(
                                "the order total of " + total + " is above the cash-on-delivery maximum of " + maximum)
                        : java.util.Optional.<String>empty())
                .orElseGet(() -> java.util.Optional.of("the order total of " + total
                        + " cannot be compared with the cash-on-delivery maximum of " + maximum
                        + " (neither the order nor its platform gives the total in " + currency + ")"));
    }

    /**
     * How {@code due} was paid, for the summary; adds the problem when it was not. Recorded captures that cover it
     * count first; else a FAILED or REFUNDED last payment is the problem; else the platform's confirmation counts;
     * else the order awaits payment.
     */
    private String paid(OrderReceived order, ReviewFacts facts, BigDecimal due, String what, List<String> problems) {
        RecordedPayment recorded = facts.recordedPayment().orElse(null);
        String captured = recorded == null
                ? "nothing captured yet"
                : recorded.capturedTotal().toPlainString() + " of " + due.toPlainString() + " " + order.currency()
                        + " captured";
        if (covered(facts, due)) {
            return "paid: " + captured + " (recorded " + recorded.recordedAt() + ")";
        }
        if (recorded != null && recorded.lastResult() == PaymentResult.FAILED) {
            problems.add("the payment failed ("
                    + (recorded.failureReason() == null ? "no reason given" : recorded.failureReason()) + ") at "
                    + recorded.recordedAt() + "; " + captured);
            return "";
        }
        if (recorded != null && recorded.lastResult() == PaymentResult.REFUNDED) {
            problems.add("awaiting payment: refunded at " + recorded.recordedAt() + ", " + captured);
            return "";
        }
        OrderReceived.Payment payment = order.payment();
        if (payment.confirmed()) {
            return "paid at " + payment.paidAt() + ", confirmed by " + payment.confirmedBy();
        }
        String claim = payment.paidAt() == null
                ? ""
                : " (the paid-at " + payment.paidAt() + " the order came with is not vouched for by a provider or"
                        + " the platform)";
        problems.add("awaiting payment: " + captured + " of the " + what + claim);
        return "";
    }

    private boolean covered(ReviewFacts facts, BigDecimal due) {
        return facts.recordedPayment()
                .map(r -> r.capturedTotal().add(captureTolerance).compareTo(due) >= 0)
                .orElse(false);
    }
}
