package com.smartstore.oms.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The keyed pseudonym other services know a customer by. */
class CustomerPseudonymTest {
    private final CustomerPseudonym pseudonym = new CustomerPseudonym("secret");

    @Test
    void thePseudonymIsShortHexAndTheSameForTheSameEmailHoweverWritten() {
        String p = pseudonym.of("ana@example.org", null, "Ana");
        assertThat(p).matches("c-[0-9a-f]{24}");
        assertThat(pseudonym.of("  ANA@Example.org ", "+351 912", "Someone else"))
                .isEqualTo(p);
        assertThat(pseudonym.of("rui@example.org", null, "Ana")).isNotEqualTo(p);
    }

    @Test
    void anotherKeyGivesAnotherPseudonym() {
        assertThat(new CustomerPseudonym("other").of("ana@example.org", null, "Ana"))
                .isNotEqualTo(pseudonym.of("ana@example.org", null, "Ana"));
    }

    @Test
    void withoutAnEmailThePhoneDigitsCount() {
        String p = pseudonym.of(null, "+351 912-345-678", "Ana");
        assertThat(pseudonym.of(" ", "+351912345678", "Rui")).isEqualTo(p);
        assertThat(pseudonym.of(null, "+351912345679", "Ana")).isNotEqualTo(p);
    }

    @Test
    void withoutEmailOrPhoneTheNameCounts() {
        String p = pseudonym.of(null, null, " Ana Silva ");
        assertThat(pseudonym.of("", " ", "ana silva")).isEqualTo(p);
        assertThat(pseudonym.of(null, null, "Rui Silva")).isNotEqualTo(p);
    }

    @Test
    void anEmailAPhoneAndANameThatReadTheSameAreStillDifferentPeople() {
        assertThat(pseudonym.of("912345678", null, "x")).isNotEqualTo(pseudonym.of(null, "912345678", "x"));
        assertThat(pseudonym.of(null, null, "912345678")).isNotEqualTo(pseudonym.of(null, "912345678", "x"));
    }

    @Test
    void aPhoneWithoutDigitsIsNoIdentityTheNameCountsInstead() {
        // Platforms send "n/a" or "-" as a phone; such customers must not all share one pseudonym.
        assertThat(pseudonym.of(null, "n/a", "Ana Silva")).isEqualTo(pseudonym.of(null, null, "Ana Silva"));
        assertThat(pseudonym.of(null, "n/a", "Ana Silva")).isNotEqualTo(pseudonym.of(null, "n/a", "Rui Alves"));
    }

    @Test
    void aCustomerWithNothingToKnowThemByGetsAPseudonymOfTheirOwnPerOrder() {
        String first = pseudonym.of(null, "-", null);
        assertThat(first).matches("c-[0-9a-f]{24}");
        assertThat(pseudonym.of(null, "n/a", null)).isNotEqualTo(first);
        assertThat(pseudonym.of(null, null, " ")).isNotEqualTo(pseudonym.of(null, null, " "));
    }
}
