package com.smartstore.oms.review.domain;

import com.smartstore.oms.contracts.events.OrderAmended;
import com.smartstore.oms.contracts.events.OrderReceived;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Erases a customer's personal data from review's copy of an order at their request ({@code customer-redacted}), as
 * intake erases its own: name and address but the country become {@code [redacted]}; phone, e-mail, remarks, the
 * platform's attributes and line properties go. What was ordered, amounts and the keyed customer pseudonym stay.
 */
public final class Redaction {
    /** What replaces erased personal data where text must remain (the same marker intake uses). */
    public static final String REDACTED = "[redacted]";

    /** Values this short (a region code, a house number) are not searched for in free text: they would hit words. */
    private static final int SHORTEST_SCRUBBED = 3;

    private static final String SHIPPING_ADDRESS = "shippingAddress";
    private static final String CONTACT = "contact";

    /** The order without the customer's personal data. */
    public static OrderReceived of(OrderReceived order) {
        OrderReceived.Customer customer = order.customer();
        OrderReceived.Platform platform = order.platform();
        return new OrderReceived(
                order.orderId(),
                order.orderNumber(),
                order.revision(),
                order.channel(),
                order.externalOrderId(),
                new OrderReceived.Customer(customer.pseudonym(), REDACTED, null, null),
                of(order.shippingAddress()),
                order.lines().stream().map(Redaction::withoutProperties).toList(),
                order.remarks() == null
                        ? null
                        : new OrderReceived.Remarks(null, null, order.remarks().requestedShipDate()),
                order.payment(),
                order.totalAmount(),
                order.currency(),
                order.receivedAt(),
                order.charges(),
                platform == null
                        ? null
                        : new OrderReceived.Platform(
                                platform.orderName(),
                                platform.test(),
                                platform.status(),
                                platform.cancelledAt(),
                                platform.cancelReason(),
                                platform.charged(),
                                platform.shopCurrency(),
                                platform.chargedInShopCurrency(),
                                platform.discountCodes(),
                                null),
                order.replacement());
    }

    /**
     * An amendment without the customer's personal data: a new address or contact is dropped (the order's own are
     * erased, and an erased order is finished: nothing is to be delivered to a new address), the line changes stay.
     */
    public static OrderAmended of(OrderAmended amendment) {
        return new OrderAmended(
                amendment.orderId(),
                amendment.orderNumber(),
                amendment.revision(),
                amendment.amendmentId(),
                amendment.changed().stream()
                        .filter(c -> !SHIPPING_ADDRESS.equals(c) && !CONTACT.equals(c))
                        .toList(),
                null,
                null,
                amendment.lines(),
                amendment.totalAmount(),
                amendment.reason() == null ? null : REDACTED,
                amendment.amendedBy(),
                amendment.amendedAt());
    }

    /** An address of which only the country is left. */
    public static OrderReceived.Address of(OrderReceived.Address address) {
        return new OrderReceived.Address(null, REDACTED, null, REDACTED, null, REDACTED, address.country());
    }

    /**
     * The customer's personal values in the order (name, contact, address but the country, remarks, the platform's
     * attribute and line property values): what staff may have copied into free text (notes, reasons, cases).
     */
    public static Set<String> personalValues(OrderReceived order) {
        List<String> values = new ArrayList<>();
        values.add(order.customer().name());
        values.add(order.customer().phone());
        values.add(order.customer().email());
        OrderReceived.Address a = order.shippingAddress();
        values.addAll(
                java.util.Arrays.asList(a.recipient(), a.line1(), a.line2(), a.city(), a.region(), a.postalCode()));
        if (order.remarks() != null) {
            values.add(order.remarks().specialRequests());
            values.add(order.remarks().giftNote());
        }
        if (order.platform() != null && order.platform().attributes() != null) {
            order.platform().attributes().forEach(attribute -> values.add(attribute.value()));
        }
        order.lines().stream()
                .filter(l -> l.properties() != null)
                .flatMap(l -> l.properties().stream())
                .forEach(property -> values.add(property.value()));
        Set<String> usable = new LinkedHashSet<>();
        values.stream()
                .filter(v ->
                        v != null && !REDACTED.equals(v.strip()) && v.strip().length() >= SHORTEST_SCRUBBED)
                .map(String::strip)
                .forEach(usable::add);
        return usable;
    }

    /**
     * The text with every occurrence of the values replaced by {@code [redacted]}, ignoring case, longest value first
     * (so a street is erased whole before its city is looked for); null stays null.
     */
    public static String scrub(String text, Collection<String> values) {
        if (text == null || values.isEmpty()) {
            return text;
        }
        List<String> longestFirst = values.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
        String result = text;
        for (String value : longestFirst) {
            result = replaceIgnoringCase(result, value);
        }
        return result;
    }

    private static String replaceIgnoringCase(String text, String value) {
        String lowerText = text.toLowerCase(Locale.ROOT);
        String lowerValue = value.toLowerCase(Locale.ROOT);
        if (lowerText.length() != text.length() || lowerValue.length() != value.length()) {
            // Lower-casing changed the length (rare letters): fall back to an exact match.
            return text.replace(value, REDACTED);
        }
        StringBuilder out = new StringBuilder();
        int from = 0;
        int at;
        while ((at = lowerText.indexOf(lowerValue, from)) >= 0) {
            out.append(text, from, at).append(REDACTED);
            from = at + value.length();
        }
        return from == 0 ? text : out.append(text, from, text.length()).toString();
    }

    private static OrderReceived.Line withoutProperties(OrderReceived.Line l) {
        return l.properties() == null
                ? l
                : new OrderReceived.Line(
                        l.lineNo(),
                        l.sku(),
                        l.productName(),
                        l.specification(),
                        l.quantity(),
                        l.unitPrice(),
                        l.discount(),
                        l.skuSource(),
                        l.platformProductId(),
                        l.platformVariantId(),
                        l.shopUnitPrice(),
                        null);
    }

    private Redaction() {}
}
