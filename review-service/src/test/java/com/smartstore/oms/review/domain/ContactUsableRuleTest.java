package com.smartstore.oms.review.domain;

import static com.smartstore.oms.kit.testing.OrderBuilder.anOrder;
import static com.smartstore.oms.review.domain.Facts.facts;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "Contact unusable" (R-R3, issue 10): contact data as platforms pass it on, judged, never refused. */
class ContactUsableRuleTest {
    private final ContactUsableRule rule = new ContactUsableRule();

    private RuleResult check(String name, String phone, String email) {
        return rule.evaluate(
                anOrder().line("A", 1, "1.00").contact(name, phone, email).build(), facts().build());
    }

    @ParameterizedTest
    @CsvSource(
            value = {
                "+351 912 345 678|ana@example.com",
                "(555) 555-0100|",
                "+44 (0)20 7946 0958|",
                "+1.613.555.0110|",
                "0912/345678|",
                "|ana@example.com",
                "00351912345678|a.b+tag@mail.example.pt"
            },
            delimiter = '|')
    void aNameAndAPhoneOrAnEmailThatWorkPass(String phone, String email) {
        RuleResult result = check("Ana Silva", phone, email);
        assertThat(result.passed()).as(result.explanation()).isTrue();
        assertThat(result.rule()).isEqualTo("contact-usable");
    }

    @Test
    void aMissingEmailAloneIsNoProblemWhenThePhoneWorks() {
        assertThat(check("Ana Silva", "+351 912 345 678", null).explanation())
                .isEqualTo("The customer has a name and can be reached by phone (no e-mail)");
    }

    @Test
    void aPhoneWithLettersIsFlaggedWithoutShowingIt() {
        RuleResult result = check("Ana Silva", "call me: 912 ABC", "ana@example.com");
        assertThat(result.passed()).isFalse();
        assertThat(result.explanation())
                .startsWith("Contact unusable: the phone number is not one we can dial (it has letters)")
                .doesNotContain("912");
    }

    @Test
    void tooFewDigitsAnInvalidEmailAndNothingAtAllAreFlagged() {
        assertThat(check("Ana Silva", "12-34", null).explanation())
                .contains("it has 4 digits")
                .contains("there is no usable phone or e-mail");
        RuleResult badEmail = check("Ana Silva", null, "ana at example");
        assertThat(badEmail.passed()).isFalse();
        assertThat(badEmail.explanation())
                .contains("the e-mail is not a valid address")
                .doesNotContain("ana at");
        assertThat(check("Ana Silva", null, null).explanation()).contains("there is no usable phone or e-mail");
    }

    @Test
    void anEmptyNameIsFlagged() {
        RuleResult result = check(" ", "+351 912 345 678", null);
        assertThat(result.passed()).isFalse();
        assertThat(result.explanation()).contains("the customer has no name");
    }

    @Test
    void itRunsAgainWhenTheContactIsAmended() {
        assertThat(rule.readsContactOrAddress()).isTrue();
    }
}
