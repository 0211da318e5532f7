package com.smartstore.oms.review.domain;

import static com.smartstore.oms.kit.testing.OrderBuilder.anOrder;
import static com.smartstore.oms.review.domain.Facts.facts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.smartstore.oms.contracts.events.OrderReceived;
import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Orders in a currency the shop does not settle in wait for a reviewer instead of being refused (issue 10). */
class CurrencySettledRuleTest {
    private final CurrencySettledRule rule = new CurrencySettledRule(Set.of("eur", "GBP"));

    @Test
    void aSettledCurrencyPasses() {
        assertThat(rule.evaluate(anOrder().line("A", 1, "1.00").currency("GBP").build(), facts().build())
                        .passed())
                .isTrue();
        assertThat(rule.settings()).containsEntry("oms.review.settled-currencies", "EUR,GBP");
    }

    @Test
    void anotherCurrencyIsHeldUnlessThePlatformSettlesItInTheShops() {
        RuleResult held =
                rule.evaluate(anOrder().line("A", 1, "1.00").currency("USD").build(), facts().build());
        assertThat(held.passed()).isFalse();
        assertThat(held.explanation())
                .isEqualTo("Charged in USD, which the shop does not settle in (it settles in"
                        + " EUR, GBP): check with finance how the payment arrives before approving");

        var converted = new OrderReceived.Platform(
                "#1",
                false,
                "paid",
                null,
                null,
                new OrderReceived.Amounts(new BigDecimal("116.28"), null, null, null, null, false, null),
                "EUR",
                new OrderReceived.Amounts(new BigDecimal("107.00"), null, null, null, null, false, null),
                null,
                null);
        RuleResult settled = rule.evaluate(
                anOrder()
                        .line("A", 1, "116.28")
                        .currency("USD")
                        .platform(converted)
                        .build(),
                facts().build());
        assertThat(settled.passed()).isTrue();
        assertThat(settled.explanation()).isEqualTo("Charged in USD; the platform settles it in EUR (107.00 EUR)");
    }

    @Test
    void atLeastOneCurrencyMustBeSettled() {
        assertThatThrownBy(() -> new CurrencySettledRule(Set.of())).hasMessageContaining("settled-currencies");
    }
}
