package com.smartstore.oms.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartstore.oms.contracts.events.OrderReceived;
import com.smartstore.oms.contracts.events.SkuSource;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a platform says about an order beyond the order request. */
class PlatformDetailsTest {
    static final PlatformDetails.Line LINE =
            new PlatformDetails.Line(null, "p1", "v1", "ref-1", new BigDecimal("4.00"), null);

    @Test
    void noLinesAreAnEmptyListAndTheLinesAreACopy() {
        assertThat(new PlatformDetails("EUR", null, null).lines()).isEmpty();
        List<PlatformDetails.Line> lines = new ArrayList<>(List.of(LINE));
        PlatformDetails details = new PlatformDetails("EUR", null, lines);
        lines.clear();
        assertThat(details.lines()).containsExactly(LINE);
    }

    @Test
    void withoutLinesKeepsTheCurrencyAndFacts() {
        PlatformDetails details = new PlatformDetails("USD", null, List.of(LINE));
        PlatformDetails without = details.withoutLines();
        assertThat(without.lines()).isEmpty();
        assertThat(without.currency()).isEqualTo("USD");
        assertThat(details.lines()).containsExactly(LINE);
    }

    @Test
    void aLineWithoutPropertiesHasNoneRatherThanAnEmptyList() {
        assertThat(new PlatformDetails.Line(null, "p", null, null, null, List.of()).properties())
                .isNull();
        List<OrderReceived.Attribute> props = new ArrayList<>(List.of(new OrderReceived.Attribute("engraving", "A")));
        PlatformDetails.Line line = new PlatformDetails.Line(null, "p", null, null, null, props);
        props.clear();
        assertThat(line.properties()).containsExactly(new OrderReceived.Attribute("engraving", "A"));
    }

    @Test
    void aResolvedSkuSourceKeepsTheRestOfTheLine() {
        PlatformDetails.Line resolved = LINE.withSkuSource(SkuSource.MAPPING);
        assertThat(resolved.skuSource()).isEqualTo(SkuSource.MAPPING);
        assertThat(resolved)
                .usingRecursiveComparison()
                .ignoringFields("skuSource")
                .isEqualTo(LINE);
        assertThat(LINE.skuSource()).isNull();
    }
}
