package com.smartstore.oms.review.domain;

import com.smartstore.oms.contracts.events.OrderReceived;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * "Contact unusable" (R-R3, issue 10): the customer has a name and can be reached. Platforms pass contact data on as
 * the customer typed it, and intake keeps it so; an order whose name is empty, whose phone has letters or too few
 * digits, whose e-mail is no address, or that has no way at all to reach the customer looks doubtful and waits for a
 * reviewer, who contacts the customer (R-R5). A missing e-mail alone is no problem when the phone works. Names the
 * problem, never the value (explanations travel on order-held).
 */
public final class ContactUsableRule implements ReviewRule {
    public static final String NAME = "contact-usable";

    /** What a dialable number may contain besides digits: spaces, dots, dashes, slashes, parentheses. */
    private static final Pattern PHONE_PUNCTUATION = Pattern.compile("[\\s.\\-/()]");

    private static final Pattern PHONE = Pattern.compile("\\+?\\d{6,15}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean readsContactOrAddress() {
        return true;
    }

    @Override
    public RuleResult evaluate(OrderReceived order, ReviewFacts facts) {
        OrderReceived.Customer customer = order.customer();
        List<String> problems = new ArrayList<>();
        if (customer.name() == null || customer.name().isBlank()) {
            problems.add("the customer has no name");
        }
        boolean hasPhone = given(customer.phone());
        boolean hasEmail = given(customer.email());
        boolean phoneWorks = hasPhone && usablePhone(customer.phone());
        boolean emailWorks = hasEmail && usableEmail(customer.email());
        if (hasPhone && !phoneWorks) {
            problems.add("the phone number is not one we can dial (" + whatIsWrong(customer.phone()) + ")");
        }
        if (hasEmail && !emailWorks) {
            problems.add("the e-mail is not a valid address");
        }
        if (!phoneWorks && !emailWorks) {
            problems.add("there is no usable phone or e-mail to reach the customer");
        }
        if (!problems.isEmpty()) {
            return RuleResult.fail(
                    NAME,
                    "Contact unusable: " + String.join("; ", problems) + ". Contact the customer"
                            + " (through the platform if need be) and amend the contact before approving");
        }
        String ways =
                phoneWorks && emailWorks ? "phone and e-mail" : phoneWorks ? "phone (no e-mail)" : "e-mail (no phone)";
        return RuleResult.pass(NAME, "The customer has a name and can be reached by " + ways);
    }

    /** Digits with a leading + at most and common punctuation: 6 to 15 digits (E.164 has at most 15). */
    static boolean usablePhone(String phone) {
        return PHONE.matcher(PHONE_PUNCTUATION.matcher(phone.trim()).replaceAll(""))
                .matches();
    }

    static boolean usableEmail(String email) {
        return EMAIL.matcher(email.trim()).matches();
    }

    private static String whatIsWrong(String phone) {
        if (phone.chars().anyMatch(Character::isLetter)) {
            return "it has letters";
        }
        long digits = phone.chars().filter(Character::isDigit).count();
        if (digits < 6 || digits > 15) {
            return "it has " + digits + " digits";
        }
        return "it has characters a phone number has not";
    }

    private static boolean given(String value) {
        return value != null && !value.isBlank();
    }
}
