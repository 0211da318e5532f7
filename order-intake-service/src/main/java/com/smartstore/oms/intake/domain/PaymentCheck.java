package com.smartstore.oms.intake.domain;

import com.smartstore.oms.contracts.events.PaymentMethod;
import com.smartstore.oms.contracts.events.Severity;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Detects the payment anomalies finance must act on (R-E6), at most one per payment: a failed payment, a
 * second successful capture of the same thing (the order, or with instalments the same instalment), or a
 * capture whose amount is not what is due (the order total; with instalments the amount per instalment).
 */
public final class PaymentCheck {

    /** An anomaly to publish as {@code order-exception}. */
    public record Anomaly(String code, Severity severity, String description, Map<String, String> details) {}

    private PaymentCheck() {}

    /** @param earlier the order's payments recorded before this one */
    public static Optional<Anomaly> check(Order order, List<Payment> earlier, Payment payment) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("provider", payment.provider);
        details.put("providerPaymentId", payment.providerPaymentId);
        details.put("method", payment.method.name());
        details.put("paid", payment.amount.toPlainString());
        if (payment.status == PaymentStatus.FAILED) {
            details.put("expected", due(order).toPlainString());
            if (payment.failureReason != null) {
                details.put("failureReason", payment.failureReason);
            }
            return Optional.of(new Anomaly(
                    "PAYMENT_FAILED",
                    Severity.MEDIUM,
                    "Payment " + payment.providerPaymentId + " failed; help the customer retry or change the method",
                    details));
        }
        if (payment.status != PaymentStatus.CAPTURED) {
            return Optional.empty();
        }
        boolean instalments = order.payment.method == PaymentMethod.INSTALMENTS;
        List<Payment> sameThing = earlier.stream()
                .filter(p -> p.status == PaymentStatus.CAPTURED)
                .filter(p -> !instalments || java.util.Objects.equals(p.instalmentNumber, payment.instalmentNumber))
                .toList();
        if (!sameThing.isEmpty()) {
            BigDecimal captured = sameThing.stream().map(p -> p.amount).reduce(payment.amount, BigDecimal::add);
            details.put("expected", due(order).toPlainString());
            details.put("capturedTotal", captured.toPlainString());
            details.put("captures", String.valueOf(sameThing.size() + 1));
            details.put("firstPaymentId", sameThing.get(0).providerPaymentId);
            if (instalments) {
                details.put("instalmentNumber", String.valueOf(payment.instalmentNumber));
            }
            return Optional.of(new Anomaly(
                    "DUPLICATE_PAYMENT",
                    Severity.HIGH,
                    (instalments ? "Instalment " + payment.instalmentNumber : "The order")
                            + " was captured more than once; refund the duplicate",
                    details));
        }
        BigDecimal expected = due(order);
        if (payment.amount.compareTo(expected) != 0) {
            details.put("expected", expected.toPlainString());
            details.put("difference", payment.amount.subtract(expected).toPlainString());
            return Optional.of(new Anomaly(
                    "AMOUNT_MISMATCH",
                    Severity.HIGH,
                    "Captured " + payment.amount.toPlainString() + " but " + expected.toPlainString()
                            + " is due; refund or collect the difference",
                    details));
        }
        return Optional.empty();
    }

    /** What one capture should be: the total, or with instalments the amount per instalment. */
    static BigDecimal due(Order order) {
        return order.payment.method == PaymentMethod.INSTALMENTS && order.payment.instalmentAmount != null
                ? order.payment.instalmentAmount
                : order.totalAmount;
    }
}
