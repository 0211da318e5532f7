package com.smartstore.oms.review.domain;

import static com.smartstore.oms.kit.testing.OrderBuilder.anOrder;
import static com.smartstore.oms.review.domain.Facts.facts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PriceMatchesCatalogueRuleTest {
    private final PriceMatchesCatalogueRule exact = new PriceMatchesCatalogueRule(BigDecimal.ZERO);

    @Test
    void passesWhenEveryLineHasTheCataloguePrice() {
        RuleResult result = exact.evaluate(
                anOrder().line("A", 2, "12.50").line("B", 1, "3").build(),
                facts().product("A", "12.5").product("B", "3.00").build());

        assertThat(result.passed()).isTrue();
        assertThat(result.rule()).isEqualTo("price-matches-catalogue");
        assertThat(result.explanation()).isEqualTo("All 2 line price(s) match the catalogue");
    }

    @Test
    void failsOnADifferentPriceSayingBothPrices() {
        RuleResult result = exact.evaluate(
                anOrder().line("A", 2, "10.00").build(),
                facts().product("A", "12.50").build());

        assertThat(result.passed()).isFalse();
        assertThat(result.explanation()).contains("line 1 (A): 10.00 ordered, the catalogue price is 12.50");
    }

    @Test
    void toleratesADifferenceUpToTheConfiguredTolerance() {
        PriceMatchesCatalogueRule tolerant = new PriceMatchesCatalogueRule(new BigDecimal("0.05"));
        var catalogue = facts().product("A", "12.50").build();

        RuleResult within = tolerant.evaluate(anOrder().line("A", 1, "12.45").build(), catalogue);
        RuleResult beyond = tolerant.evaluate(anOrder().line("A", 1, "12.56").build(), catalogue);

        assertThat(within.passed()).isTrue();
        assertThat(within.explanation()).endsWith("within 0.05");
        assertThat(beyond.passed()).isFalse();
    }

    /** Issue 12: an exchange's replacement order is priced at zero on purpose; its products must still exist. */
    @Test
    void aReplacementOrdersZeroPricesPassButItsProductsMustBeSold() {
        UUID returnId = UUID.randomUUID();
        var catalogue = facts().product("A", "12.50")
                .product("OLD", "1.00", "EUR", false)
                .build();

        RuleResult replacement = exact.evaluate(
                anOrder()
                        .line("A", 1, "0.00")
                        .replacing(returnId, UUID.randomUUID())
                        .build(),
                catalogue);
        RuleResult ordinary = exact.evaluate(anOrder().line("A", 1, "0.00").build(), catalogue);
        RuleResult gone = exact.evaluate(
                anOrder()
                        .line("OLD", 1, "0.00")
                        .replacing(returnId, UUID.randomUUID())
                        .build(),
                catalogue);

        assertThat(replacement.passed()).isTrue();
        assertThat(replacement.explanation()).contains("replacement for return " + returnId);
        assertThat(ordinary.passed()).isFalse();
        assertThat(gone.passed()).isFalse();
        assertThat(gone.explanation()).contains("line 1 (OLD) is no longer sold");
    }

    @Test
    void failsOnAnUnknownOrInactiveProduct() {
        RuleResult result = exact.evaluate(
                anOrder().line("GONE", 1, "1.00").line("OLD", 1, "1.00").build(),
                facts().product("OLD", "1.00", "EUR", false).build());

        assertThat(result.passed()).isFalse();
        assertThat(result.explanation())
                .contains("line 1 (GONE) is not in the catalogue")
                .contains("line 2 (OLD) is no longer sold (inactive in the catalogue)");
    }

    @Test
    void failsWhenTheOrderIsInAnotherCurrency() {
        RuleResult result = exact.evaluate(
                anOrder().currency("USD").line("A", 1, "1.00").build(),
                facts().product("A", "1.00").build());

        assertThat(result.passed()).isFalse();
        assertThat(result.explanation()).contains("priced in USD but the catalogue is in EUR");
    }

    @Test
    void refusesANegativeTolerance() {
        assertThatThrownBy(() -> new PriceMatchesCatalogueRule(new BigDecimal("-0.01")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("oms.review.price-tolerance");
    }

    @Test
    void aLineDiscountBesideTheCataloguePricePasses() {
        RuleResult result = exact.evaluate(
                anOrder().line("A", 2, "12.50", "5.00").build(),
                facts().product("A", "12.50").build());

        assertThat(result.passed()).isTrue();
        assertThat(result.explanation()).contains("1 line(s) with a channel discount");
    }

    @Test
    void aUnitPriceNetOfTheReportedDiscountPasses() {
        // 2 x 10.00 after a 5.00 line discount: 12.50 before it, the catalogue price.
        RuleResult result = exact.evaluate(
                anOrder().line("A", 2, "10.00", "5.00").build(),
                facts().product("A", "12.50").build());

        assertThat(result.passed()).isTrue();
    }

    @Test
    void aDiscountThatDoesNotExplainThePriceOrExceedsTheLineFails() {
        RuleResult unexplained = exact.evaluate(
                anOrder().line("A", 2, "10.00", "1.00").build(),
                facts().product("A", "12.50").build());
        RuleResult tooLarge = exact.evaluate(
                anOrder().line("A", 1, "12.50", "12.51").build(),
                facts().product("A", "12.50").build());
        RuleResult negative = exact.evaluate(
                anOrder().line("A", 1, "12.50", "-1.00").build(),
                facts().product("A", "12.50").build());

        assertThat(unexplained.passed()).isFalse();
        assertThat(unexplained.explanation())
                .contains("10.00 ordered with a line discount of 1.00, the catalogue price is 12.50");
        assertThat(tooLarge.passed()).isFalse();
        assertThat(tooLarge.explanation())
                .contains("discount of 12.51 is negative or larger than the line amount of 12.50");
        assertThat(negative.passed()).isFalse();
    }

    @Test
    void aLineChargedInAnotherCurrencyIsComparedInTheShopsCurrency() {
        var platform = new com.smartstore.oms.contracts.events.OrderReceived.Platform(
                "#1", false, "paid", null, null, null, "EUR", null, null, null);
        var order = anOrder()
                .currency("USD")
                .lineInShopCurrency("A", 2, "48.90", "45.00")
                .platform(platform)
                .build();
        assertThat(exact.evaluate(order, facts().product("A", "45.00").build()).passed())
                .isTrue();
        RuleResult wrong = exact.evaluate(order, facts().product("A", "46.00").build());
        assertThat(wrong.passed()).isFalse();
        assertThat(wrong.explanation())
                .contains("line 1 (A): 45.00 EUR ordered (in the shop's currency), the catalogue price is 46.00");
    }

    @Test
    void anUnmappedLineIsLeftToSkuMapped() {
        var order = anOrder()
                .line("A", 1, "5.00")
                .unmappedLine("7", "8", 1, "21.00")
                .charged("26.00")
                .build();
        assertThat(exact.evaluate(order, facts().product("A", "5.00").build()).passed())
                .isTrue();
        assertThat(new StockSufficientRule()
                        .evaluate(
                                order,
                                facts().product("A", "5.00").stock("A", 1).build())
                        .passed())
                .isTrue();
    }
}
