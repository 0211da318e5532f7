package com.smartstore.oms.review.domain;

import static com.smartstore.oms.kit.testing.OrderBuilder.anOrder;
import static com.smartstore.oms.review.domain.Facts.facts;
import static org.assertj.core.api.Assertions.assertThat;

import com.smartstore.oms.kit.pii.PiiCipher;
import com.smartstore.oms.kit.pii.PiiNormalizer;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BlacklistedCustomerRuleTest {
    private final PiiCipher cipher = new PiiCipher(Map.of("t", "MDEyMzQ1Njc4OWFiY2RlZg=="), "t", "unit-test-hash-key");
    private final BlacklistedCustomerRule rule = new BlacklistedCustomerRule(cipher::hash);

    @Test
    void aCustomerNotOnTheListPasses() {
        RuleResult result = rule.evaluate(
                anOrder().line("A", 1, "1.00").build(),
                facts().blacklisted(BlacklistKind.PHONE, cipher.hash("+351999999999"), "fraud")
                        .build());

        assertThat(result.passed()).isTrue();
        assertThat(result.rule()).isEqualTo("blacklisted-customer");
    }

    @Test
    void aListedPhoneWrittenDifferentlyMatchesAndTheExplanationNamesTheKindNotTheValue() {
        String listed = cipher.hash(PiiNormalizer.phone("00351 912-345-678"));
        RuleResult result = rule.evaluate(
                anOrder()
                        .customer("c-1", "+351 912 345 678", "x@example.com")
                        .line("A", 1, "1.00")
                        .build(),
                facts().blacklisted(BlacklistKind.PHONE, listed, "chargebacks").build());

        assertThat(result.passed()).isFalse();
        assertThat(result.explanation())
                .contains("the customer's phone (listed by manager: chargebacks)")
                .doesNotContain("912")
                .doesNotContain(listed);
    }

    @Test
    void emailAndAddressMatchToo() {
        String email = cipher.hash(PiiNormalizer.email(" Ana@Example.com "));
        String address = cipher.hash(PiiNormalizer.address("Rua Augusta, 10", "1100-053", "Lisboa", "PT"));
        RuleResult result = rule.evaluate(
                anOrder()
                        .customer("c-1", null, "ana@example.com")
                        .line("A", 1, "1.00")
                        .build(),
                facts().blacklisted(BlacklistKind.EMAIL, email, "fraud")
                        .blacklisted(BlacklistKind.ADDRESS, address, "parcel drop")
                        .build());

        assertThat(result.passed()).isFalse();
        assertThat(result.explanation()).contains("e-mail").contains("shipping address");
    }

    @Test
    void aHashOfAnotherKindDoesNotMatch() {
        String email = cipher.hash(PiiNormalizer.email("ana@example.com"));
        RuleResult result = rule.evaluate(
                anOrder()
                        .customer("c-1", null, "ana@example.com")
                        .line("A", 1, "1.00")
                        .build(),
                facts().blacklisted(BlacklistKind.PHONE, email, "mixed up").build());

        assertThat(result.passed()).isTrue();
    }
}
