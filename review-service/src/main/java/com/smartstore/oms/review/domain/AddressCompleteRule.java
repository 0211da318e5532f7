package com.smartstore.oms.review.domain;

import com.smartstore.oms.contracts.events.OrderReceived;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The shipping address has what a carrier needs (street, city, postal code, country) and, for the
 * countries we ship to most, a postal code of the right shape; elsewhere the postal code must not be blank.
 */
public final class AddressCompleteRule implements ReviewRule {
    public static final String NAME = "address-complete";

    /** Postal-code shapes by ISO 3166-1 alpha-2 country; a space in the code is optional where the post allows it. */
    static final Map<String, PostalFormat> POSTAL_CODES = Map.of(
            "PT", new PostalFormat("\\d{4}-\\d{3}", "4 digits, a hyphen, 3 digits (e.g. 1100-053)"),
            "ES", new PostalFormat("(0[1-9]|[1-4]\\d|5[0-2])\\d{3}", "5 digits starting 01-52 (e.g. 28013)"),
            "FR", new PostalFormat("\\d{5}", "5 digits (e.g. 75001)"),
            "DE", new PostalFormat("\\d{5}", "5 digits (e.g. 10115)"),
            "IT", new PostalFormat("\\d{5}", "5 digits (e.g. 00184)"),
            "NL", new PostalFormat("[1-9]\\d{3} ?[A-Z]{2}", "4 digits and 2 letters (e.g. 1012 AB)"),
            "GB",
                    new PostalFormat(
                            "GIR ?0AA|[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}", "outward and inward code (e.g. SW1A 1AA)"),
            "US", new PostalFormat("\\d{5}(-\\d{4})?", "a 5-digit ZIP code or ZIP+4 (e.g. 10001 or 10001-1234)"));

    /** One country's postal-code pattern and how to describe it to a reviewer. */
    record PostalFormat(Pattern pattern, String description) {
        PostalFormat(String regex, String description) {
            this(Pattern.compile(regex), description);
        }
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
        OrderReceived.Address address = order.shippingAddress();
        List<String> missing = new ArrayList<>();
        if (isBlank(address.line1())) {
            missing.add("street (line1)");
        }
        if (isBlank(address.city())) {
            missing.add("city");
        }
        if (isBlank(address.postalCode())) {
            missing.add("postal code");
        }
        if (isBlank(address.country())) {
            missing.add("country");
        }
        if (!missing.isEmpty()) {
            return RuleResult.fail(NAME, "Shipping address incomplete: missing " + String.join(", ", missing));
        }
        String country = address.country().trim().toUpperCase(Locale.ROOT);
        String postalCode = address.postalCode().trim().toUpperCase(Locale.ROOT);
        PostalFormat format = POSTAL_CODES.get(country);
        if (format == null) {
            return RuleResult.pass(
                    NAME,
                    "Shipping address complete; postal code " + postalCode + " present (no shape checked for " + country
                            + ")");
        }
        if (!format.pattern().matcher(postalCode).matches()) {
            return RuleResult.fail(
                    NAME,
                    "Shipping address has postal code '" + address.postalCode() + "', which is not a valid " + country
                            + " postal code: expected " + format.description());
        }
        return RuleResult.pass(
                NAME, "Shipping address complete; postal code " + postalCode + " has the " + country + " shape");
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
