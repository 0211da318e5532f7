package com.smartstore.oms.review.domain;

import com.smartstore.oms.contracts.events.OrderReceived;
import com.smartstore.oms.kit.pii.PiiNormalizer;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The keyed hashes of a customer's phone, e-mail and shipping address, normalised first so that
 * "+351 912 345 678" and "00351912345678" match; what the blacklist is compared on.
 */
public record CustomerFingerprint(Map<BlacklistKind, String> hashes) {
    public CustomerFingerprint {
        hashes = Map.copyOf(hashes);
    }

    /** The hashes of an order's contact details; a missing detail has none. */
    public static CustomerFingerprint of(OrderReceived order, UnaryOperator<String> hash) {
        Map<BlacklistKind, String> hashes = new EnumMap<>(BlacklistKind.class);
        put(
                hashes,
                BlacklistKind.PHONE,
                hash.apply(PiiNormalizer.phone(order.customer().phone())));
        put(
                hashes,
                BlacklistKind.EMAIL,
                hash.apply(PiiNormalizer.email(order.customer().email())));
        put(hashes, BlacklistKind.ADDRESS, hash.apply(address(order.shippingAddress())));
        return new CustomerFingerprint(hashes);
    }

    /** The normalised form an address is hashed in: street lines, postal code, city, country. */
    public static String address(OrderReceived.Address a) {
        return PiiNormalizer.address(a.line1(), a.line2(), a.postalCode(), a.city(), a.country());
    }

    /** The normalised form of a phone or e-mail of this kind. */
    public static String normalise(BlacklistKind kind, String value) {
        return switch (kind) {
            case PHONE -> PiiNormalizer.phone(value);
            case EMAIL -> PiiNormalizer.email(value);
            case ADDRESS -> PiiNormalizer.address(value);
        };
    }

    private static void put(Map<BlacklistKind, String> hashes, BlacklistKind kind, String hash) {
        if (hash != null) {
            hashes.put(kind, hash);
        }
    }
}
