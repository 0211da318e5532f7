package com.smartstore.oms.review.domain;

import static com.smartstore.oms.kit.testing.OrderBuilder.anOrder;
import static com.smartstore.oms.review.domain.Facts.facts;
import static org.assertj.core.api.Assertions.assertThat;

import com.smartstore.oms.contracts.events.OrderReceived;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The platform's charge is the truth; ours beside it must agree within the price tolerance (issue 10). */
class PlatformTotalsRuleTest {
    private final PlatformTotalsRule exact = new PlatformTotalsRule(BigDecimal.ZERO);

    private static OrderReceived.Platform charged(String total, String subtotal, String discount, String other) {
        return new OrderReceived.Platform(
                "#1101",
                false,
                "paid",
                null,
                null,
                new OrderReceived.Amounts(
                        new BigDecimal(total),
                        new BigDecimal(subtotal),
                        new BigDecimal(discount),
                        BigDecimal.ZERO,
                        new BigDecimal("5.23"),
                        true,
                        other == null ? null : new BigDecimal(other)),
                "EUR",
                null,
                null,
                null);
    }

    @Test
    void anOrderThatWasNotChargedOnAPlatformPasses() {
        RuleResult result = exact.evaluate(anOrder().line("A", 1, "1.00").build(), facts().build());
        assertThat(result.passed()).isTrue();
        assertThat(result.rule()).isEqualTo("platform-totals");
    }

    @Test
    void equalTotalsPass() {
        var order = anOrder()
                .line("A", 1, "18.00", "3.00")
                .line("B", 1, "12.00", "2.00")
                .platform(charged("25.00", "30.00", "5.00", null))
                .build();
        RuleResult result = exact.evaluate(order, facts().build());
        assertThat(result.passed()).as(result.explanation()).isTrue();
        assertThat(result.explanation())
                .isEqualTo("The platform charged 25.00 EUR; the lines, shipping and tax add up to the same");
    }

    @Test
    void aTipTheLinesDoNotHoldIsItemisedAndExplained() {
        var order = anOrder()
                .line("A", 1, "18.00", "3.00")
                .line("B", 1, "12.00", "2.00")
                .charges("0.00", "0.00")
                .platform(charged("28.00", "30.00", "9.90", "3.00"))
                .build();
        RuleResult result = exact.evaluate(order, facts().build());
        assertThat(result.passed()).isFalse();
        assertThat(result.explanation())
                .startsWith("The platform charged 28.00 EUR but the order's lines, shipping and tax add up to 25.00"
                        + " (the platform charged 3.00 more)")
                .contains(
                        "Platform: lines 30.00, discounts 9.90, shipping 0, tax (included) 5.23, fees, tips, duties 3.00")
                .contains("Ours: lines 30.00, line discounts 5.00, shipping 0.00, tax on top 0.00")
                .contains("The difference is what the platform charged besides lines, shipping and tax");
    }

    @Test
    void aDifferenceWithinThePriceToleranceIsRounding() {
        var order = anOrder()
                .line("A", 3, "3.34", "0.00")
                .platform(charged("10.00", "10.00", "0", null))
                .build();
        assertThat(exact.evaluate(order, facts().build()).passed()).isFalse();
        assertThat(new PlatformTotalsRule(new BigDecimal("0.02"))
                        .evaluate(order, facts().build())
                        .passed())
                .isTrue();
    }
}
