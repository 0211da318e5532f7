package com.smartstore.oms.review.domain;

import static com.smartstore.oms.kit.testing.OrderBuilder.anOrder;
import static com.smartstore.oms.review.domain.Facts.facts;
import static org.assertj.core.api.Assertions.assertThat;

import com.smartstore.oms.contracts.events.OrderReceived;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Test orders and orders the platform had cancelled are never fulfilled by themselves (issue 10). */
class PlatformStatusRuleTest {
    private final PlatformStatusRule rule = new PlatformStatusRule();

    private static OrderReceived.Platform platform(Boolean test, Instant cancelledAt) {
        return new OrderReceived.Platform(
                "#9999",
                test,
                "voided",
                cancelledAt,
                cancelledAt == null ? null : "customer",
                null,
                null,
                null,
                null,
                null);
    }

    @Test
    void aLiveOrderAndAnOrderFromElsewherePass() {
        assertThat(rule.evaluate(anOrder().line("A", 1, "1").build(), facts().build())
                        .explanation())
                .isEqualTo("Not a platform order");
        RuleResult live = rule.evaluate(
                anOrder().line("A", 1, "1").platform(platform(false, null)).build(), facts().build());
        assertThat(live.passed()).isTrue();
        assertThat(live.explanation()).isEqualTo("A live platform order (status voided)");
    }

    @Test
    void aTestOrderIsHeld() {
        RuleResult result = rule.evaluate(
                anOrder().line("A", 1, "1").platform(platform(true, null)).build(), facts().build());
        assertThat(result.passed()).isFalse();
        assertThat(result.explanation()).startsWith("A test order on the platform (test: true)");
    }

    @Test
    void anOrderCancelledOnThePlatformIsHeldUntilItsCancellationArrives() {
        RuleResult result = rule.evaluate(
                anOrder()
                        .line("A", 1, "1")
                        .platform(platform(true, Instant.parse("2026-11-28T15:10:00Z")))
                        .build(),
                facts().build());
        assertThat(result.passed()).isFalse();
        assertThat(result.explanation())
                .startsWith("The platform had cancelled this order at 2026-11-28T15:10:00Z (customer)");
    }
}
