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
        s.put("customer.name", o.customerName);
        s.put("customer.phone", PiiMask.phone(o.customerPhone));
        s.put("customer.email", PiiMask.email(o.customerEmail));
        s.put(
                "shippingAddress",
                o.shipLine1 == null
                        ? null
                        : PiiMask.text(o.shipLine1) + ", " + PiiMask.text(o.shipPostalCode) + " "
                                + PiiMask.text(o.shipCity) + ", " + o.shipCountry + " #"
                                + fingerprint.apply(String.join(
                                        "|",
                                        String.valueOf(o.shipRecipient),
                                        o.shipLine1,
                                        String.valueOf(o.shipLine2),
                                        o.shipCity,
                                        String.valueOf(o.shipRegion),
                                        o.shipPostalCode)));
        o.lines.forEach(l -> s.put(
                "lines[" + l.lineNo + "]",
                l.quantity + " x " + l.sku + (l.specification == null ? "" : " (" + l.specification + ")") + " @ "
                        + l.unitPrice.toPlainString() + " - " + l.discount.toPlainString()));
        s.put("payment", o.paymentMethod + " " + (o.paymentAmount == null ? null : o.paymentAmount.toPlainString()));
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
