package com.smartstore.oms.review.domain;

import static com.smartstore.oms.kit.testing.OrderBuilder.anOrder;
import static com.smartstore.oms.review.domain.Facts.facts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.smartstore.oms.contracts.events.OrderReceived;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SuspectedDuplicateRuleTest {
    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
    private final SuspectedDuplicateRule rule = new SuspectedDuplicateRule(Duration.ofHours(24));

    private final OrderReceived order = anOrder()
            .customer("c-1", null, null)
            .receivedAt(NOW)
            .line("B", 1, "1.00")
            .line("A", 2, "1.00")
            .build();

    @Test
    void theSameItemsOfTheSameCustomerWithinTheWindowFailNamingTheEarlierOrder() {
        RuleResult result = rule.evaluate(
                order,
                facts().earlierOrder(earlier("c-1", NOW.minus(Duration.ofHours(24)), "Ax2,Bx1"))
                        .build());

        assertThat(result.passed()).isFalse();
        assertThat(result.rule()).isEqualTo("suspected-duplicate");
        assertThat(result.explanation()).contains("in order SO-EARLIER").contains("within 24h");
    }

    @Test
    void justOutsideTheWindowOrOtherItemsOrAnotherCustomerPass() {
        assertThat(rule.evaluate(
                                order,
                                facts().earlierOrder(earlier(
                                                "c-1",
                                                NOW.minus(Duration.ofHours(24)).minusSeconds(1),
                                                "Ax2,Bx1"))
                                        .build())
                        .passed())
                .isTrue();
        assertThat(rule.evaluate(
                                order,
                                facts().earlierOrder(earlier("c-1", NOW, "Ax1,Bx1"))
                                        .build())
                        .passed())
                .isTrue();
        assertThat(rule.evaluate(
                                order,
                                facts().earlierOrder(earlier("c-2", NOW, "Ax2,Bx1"))
                                        .build())
                        .passed())
                .isTrue();
    }

    /** Issue 12: an exchange's replacement repeats the original order's items on purpose. */
    @Test
    void anExchangesReplacementOrderIsNotADuplicateOfTheOrderItReplaces() {
        UUID returnId = UUID.randomUUID();
        EarlierOrder original = earlier("c-1", NOW.minus(Duration.ofHours(2)), "Ax2,Bx1");
        OrderReceived replacement = anOrder()
                .customer("c-1", null, null)
                .receivedAt(NOW)
                .line("B", 1, "0.00")
                .line("A", 2, "0.00")
                .replacing(returnId, original.orderId())
                .build();

        RuleResult result =
                rule.evaluate(replacement, facts().earlierOrder(original).build());

        assertThat(result.passed()).isTrue();
        assertThat(result.explanation()).contains("replacement for return " + returnId);
    }

    @Test
    void anotherRevisionOfTheSameOrderIsNotADuplicate() {
        EarlierOrder sameOrder = new EarlierOrder(order.orderId(), "SO-SAME", "c-1", NOW, "Ax2,Bx1");

        assertThat(rule.evaluate(order, facts().earlierOrder(sameOrder).build()).passed())
                .isTrue();
    }

    @Test
    void itemsAreComparedSummedPerSkuAndSorted() {
        assertThat(SuspectedDuplicateRule.itemsKey(anOrder()
                        .line("B", 1, "1")
                        .line("A", 1, "1")
                        .line("A", 1, "1")
                        .build()
                        .lines()))
                .isEqualTo("Ax2,Bx1");
        assertThatThrownBy(() -> new SuspectedDuplicateRule(Duration.ZERO)).hasMessageContaining("window");
    }

    private static EarlierOrder earlier(String customer, Instant at, String items) {
        return new EarlierOrder(UUID.randomUUID(), "SO-EARLIER", customer, at, items);
    }
}
