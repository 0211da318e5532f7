package com.smartstore.oms.intake.domain;

import com.smartstore.oms.kit.pii.PiiMask;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * An order flattened to field -> text for the audit trail, with phone, e-mail and address masked (R-SEC1):
 * the audit says that the address changed and when, not what it is.
 */
public final class OrderSnapshot {

    private OrderSnapshot() {}

    /**
     * @param fingerprint a keyed hash of a personal value: shows that the address changed without showing it
     */
    public static Map<String, String> of(Order o, UnaryOperator<String> fingerprint) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("status", o.status == null ? null : o.status.name());
        s.put("revision", String.valueOf(o.revision));
        s.put("customer.name", o.customer.name);
        s.put("customer.phone", PiiMask.phone(o.customer.phone));
        s.put("customer.email", PiiMask.email(o.customer.email));
        s.put(
                "shippingAddress",
                o.shipTo.line1 == null
                        ? null
                        : PiiMask.text(o.shipTo.line1) + ", " + PiiMask.text(o.shipTo.postalCode) + " "
                                + PiiMask.text(o.shipTo.city) + ", " + o.shipTo.country + " #"
                                + fingerprint.apply(String.join(
                                        "|",
                                        String.valueOf(o.shipTo.recipient),
                                        o.shipTo.line1,
                                        String.valueOf(o.shipTo.line2),
                                        o.shipTo.city,
                                        String.valueOf(o.shipTo.region),
                                        o.shipTo.postalCode)));
        o.lines.forEach(l -> s.put(
                "lines[" + l.lineNo + "]",
                l.quantity + " x " + l.sku + (l.specification == null ? "" : " (" + l.specification + ")") + " @ "
                        + l.unitPrice.toPlainString() + " - " + l.discount.toPlainString()));
        s.put("payment", o.payment.method + " " + (o.payment.amount == null ? null : o.payment.amount.toPlainString()));
        s.put("totalAmount", o.totalAmount == null ? null : o.totalAmount.toPlainString());
        if (o.cancelStatus != null) {
            s.put("cancellation", o.cancelStatus + (o.cancelRefusalCode == null ? "" : " " + o.cancelRefusalCode));
        }
        return s;
    }

    /** The fields whose values differ, as {before, after}; a field missing on one side counts as null. */
    public static Map<String, Map<String, String>> diff(Map<String, String> before, Map<String, String> after) {
        Map<String, String> b = before == null ? Map.of() : before;
        Map<String, String> changedBefore = new LinkedHashMap<>();
        Map<String, String> changedAfter = new LinkedHashMap<>();
        java.util.Set<String> keys = new java.util.LinkedHashSet<>(b.keySet());
        keys.addAll(after.keySet());
        for (String key : keys) {
            if (!Objects.equals(b.get(key), after.get(key))) {
                changedBefore.put(key, b.get(key));
                changedAfter.put(key, after.get(key));
            }
        }
        return Map.of("before", changedBefore, "after", changedAfter);
    }
}
