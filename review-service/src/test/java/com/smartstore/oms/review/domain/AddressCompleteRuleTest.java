package com.smartstore.oms.review.domain;

import static com.smartstore.oms.kit.testing.OrderBuilder.anOrder;
import static com.smartstore.oms.review.domain.Facts.facts;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressCompleteRuleTest {
    private final AddressCompleteRule rule = new AddressCompleteRule();

    private RuleResult check(String line1, String city, String postalCode, String country) {
        return rule.evaluate(
                anOrder()
                        .line("A", 1, "1.00")
                        .address(line1, city, postalCode, country)
                        .build(),
                facts().build());
    }

    @Test
    void theAddressTheSystemTestsUsePasses() {
        RuleResult result = check("Rua Augusta 10", "Lisboa", "1100-053", "PT");

        assertThat(result.passed()).isTrue();
        assertThat(result.rule()).isEqualTo("address-complete");
        assertThat(result.explanation()).contains("1100-053 has the PT shape");
    }

    @ParameterizedTest
    @CsvSource({
        "PT, 1100-053", "pt, ' 4000-123 '", "ES, 28013", "ES, 01001", "ES, 52006", "FR, 75001", "DE, 10115",
        "IT, 00184", "NL, 1012 AB", "NL, 1012ab", "GB, SW1A 1AA", "GB, M1 1AE", "GB, EC1A1BB", "GB, GIR 0AA",
        "US, 10001", "US, 10001-1234", "BR, 01310-100", "JP, anything"
    })
    void validPostalCodesPass(String country, String postalCode) {
        assertThat(check("Street 1", "City", postalCode, country).passed()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
        "PT, 1100053",
        "PT, 1100-53",
        "ES, 53001",
        "ES, 2801",
        "FR, 7500",
        "DE, 101155",
        "IT, 0018A",
        "NL, 0123 AB",
        "NL, 1012 A",
        "GB, 12345",
        "US, 1000",
        "US, 10001-12"
    })
    void badlyShapedPostalCodesFailSayingWhatIsExpected(String country, String postalCode) {
        RuleResult result = check("Street 1", "City", postalCode, country);

        assertThat(result.passed()).isFalse();
        assertThat(result.explanation())
                .contains("'" + postalCode + "'")
                .contains("not a valid " + country + " postal code: expected");
    }

    @Test
    void missingFieldsAreNamed() {
        RuleResult result = check(" ", "", " ", " ");

        assertThat(result.passed()).isFalse();
        assertThat(result.explanation())
                .isEqualTo("Shipping address incomplete: missing street (line1), city, postal code, country");
    }

    @Test
    void otherCountriesOnlyNeedAPostalCode() {
        assertThat(check("Street 1", "City", " ", "BR").explanation()).contains("missing postal code");
        assertThat(check("Street 1", "City", "X", "BR").explanation()).contains("no shape checked for BR");
    }
}
