package com.smartstore.oms.analytics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What one order adds to the daily figures, and what changes when a late event changes the order. */
class OrderFactsTest {
    private static final Instant T = Instant.parse("2030-01-01T00:00:00Z");

    private static OrderState state(
            String channel, Instant received, Instant approved, Instant picked, Instant lastShipped, String warehouse) {
        return new OrderState(
                channel,
                "c1",
                2000L,
                Map.of("SKU", 2),
                received,
                null,
                approved,
                "rev",
                null,
                null,
                picked,
                "pick",
                warehouse,
                lastShipped,
                "ship",
                lastShipped,
                null,
                null,
                null);
    }

    private static Fact fact(List<Fact> facts, String metric, String dimKind) {
        return facts.stream()
                .filter(f -> f.metric().equals(metric) && f.dimKind().equals(dimKind))
                .findFirst()
                .orElse(null);
    }

    @Test
    void aStageCountsOnTheDayItEndedOnceBothEndsAreKnown() {
        List<Fact> facts = OrderFacts.of(
                state("SHOPIFY", T, T.plusSeconds(60), T.plusSeconds(86_400 + 60), null, "LIS"), Map.of());

        Fact picking = fact(facts, Metrics.APPROVED_TO_PICKED, Metrics.WAREHOUSE);
        assertThat(picking.day()).isEqualTo(LocalDate.parse("2030-01-02"));
        assertThat(picking.value()).isEqualTo(86_400_000L);
        assertThat(picking.dim()).isEqualTo("LIS");
        assertThat(fact(facts, Metrics.RECEIVED_TO_APPROVED, Metrics.CHANNEL).dim())
                .isEqualTo("SHOPIFY");
        assertThat(fact(facts, Metrics.PICKED_TO_SHIPPED, Metrics.ALL)).isNull();
        assertThat(fact(facts, Metrics.RECEIVED, Metrics.ALL).value()).isEqualTo(2000L);
        assertThat(fact(facts, Metrics.SKU_UNITS, Metrics.SKU).value()).isEqualTo(2L);
    }

    @Test
    void withoutOrderReceivedTheChannelIsUnknownAndNoVolumeIsCounted() {
        List<Fact> facts = OrderFacts.of(state(null, null, T, T.plusSeconds(10), null, null), Map.of());

        assertThat(fact(facts, Metrics.APPROVED_TO_PICKED, Metrics.CHANNEL).dim())
                .isEqualTo(Metrics.UNKNOWN);
        assertThat(fact(facts, Metrics.RECEIVED, Metrics.ALL)).isNull();
    }

    @Test
    void aLateEarlierReceiptReplacesTheStageItChanged() {
        List<Fact> before =
                OrderFacts.of(state("SHOPIFY", T.plusSeconds(30), T.plusSeconds(60), null, null, null), Map.of());
        List<Fact> after = OrderFacts.of(state("SHOPIFY", T, T.plusSeconds(60), null, null, null), Map.of());

        FactChanges changes = FactChanges.between(before, after);
        assertThat(changes.removed()).extracting(Fact::value).containsOnly(30_000L);
        assertThat(changes.added()).extracting(Fact::value).containsOnly(60_000L);
        assertThat(changes.added()).extracting(Fact::metric).containsOnly(Metrics.RECEIVED_TO_APPROVED);
        assertThat(FactChanges.between(after, after).isEmpty()).isTrue();
    }

    @Test
    void aSplitOrderIsMeasuredToItsLastShipment() {
        List<Fact> facts = OrderFacts.of(
                state("SHOPIFY", T, T.plusSeconds(10), T.plusSeconds(40), T.plusSeconds(700), "LIS"), Map.of());

        assertThat(fact(facts, Metrics.RECEIVED_TO_SHIPPED, Metrics.ALL).value())
                .isEqualTo(700_000L);
        assertThat(fact(facts, Metrics.TTS_PICKED_TO_SHIPPED, Metrics.ALL).value())
                .isEqualTo(660_000L);
    }

    @Test
    void aCorrectionReplacesTheMeasuredValueEverywhere() {
        List<Fact> facts = OrderFacts.of(
                state("SHOPIFY", T, T.plusSeconds(10), T.plusSeconds(40), T.plusSeconds(700), "LIS"),
                Map.of(Metrics.RECEIVED_TO_APPROVED, 5L));

        assertThat(facts)
                .filteredOn(f -> f.metric().equals(Metrics.RECEIVED_TO_APPROVED)
                        || f.metric().equals(Metrics.TTS_RECEIVED_TO_APPROVED))
                .hasSize(4)
                .allMatch(f -> f.value() == 5_000L);
    }

    @Test
    void manualReviewEndsAtTheFirstDecision() {
        OrderState held = new OrderState(
                "SHOPIFY",
                "c1",
                100L,
                Map.of(),
                T,
                T.plusSeconds(5),
                T.plusSeconds(300),
                "rev",
                T.plusSeconds(100),
                "rev",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);

        assertThat(OrderFacts.decision(held)).isEqualTo(T.plusSeconds(100));
        assertThat(fact(OrderFacts.of(held, Map.of()), Metrics.MANUAL_REVIEW, Metrics.ALL)
                        .value())
                .isEqualTo(95_000L);
    }
}
