package com.smartstore.oms.review.domain;

import com.smartstore.oms.contracts.events.OrderReceived;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The customer's phone, e-mail or shipping address is on the managers' blacklist: a person looks first.
 * Matched on keyed hashes; the explanation names which detail matched and why it was listed, never the value.
 */
public final class BlacklistedCustomerRule implements ReviewRule {
    public static final String NAME = "blacklisted-customer";

    private final UnaryOperator<String> hash;

    /** {@code hash}: the keyed hash the blacklist was stored with ({@code PiiCipher.hash}). */
    public BlacklistedCustomerRule(UnaryOperator<String> hash) {
        this.hash = hash;
    }

    @Override
    public boolean readsContactOrAddress() {
        return true;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public RuleResult evaluate(OrderReceived order, ReviewFacts facts) {
        CustomerFingerprint customer = CustomerFingerprint.of(order, hash);
        List<String> matches = facts.blacklistCandidates().stream()
                .filter(e -> e.valueHash.equals(customer.hashes().get(e.kind)))
                .map(e -> "the customer's " + label(e.kind) + " (listed by " + e.createdBy + ": " + e.reason + ")")
                .distinct()
                .toList();
        if (matches.isEmpty()) {
            return RuleResult.pass(NAME, "The customer's phone, e-mail and address are not on the blacklist");
        }
        return RuleResult.fail(NAME, "On the blacklist: " + String.join("; ", matches));
    }

    private static String label(BlacklistKind kind) {
        return switch (kind) {
            case PHONE -> "phone";
            case EMAIL -> "e-mail";
            case ADDRESS -> "shipping address";
        };
    }
}
