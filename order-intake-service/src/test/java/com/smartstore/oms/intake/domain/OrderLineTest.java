package com.smartstore.oms.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartstore.oms.contracts.events.OrderReceived;
import com.smartstore.oms.contracts.events.SkuSource;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One order line: its total, its platform properties and whether its SKU is only a placeholder. */
class OrderLineTest {

    @Test
    void theTotalIsQuantityTimesPriceLessTheDiscount() {
        OrderLine line = new OrderLine();
        line.quantity = 3;
        line.unitPrice = new BigDecimal("4.50");
        assertThat(line.total()).isEqualByComparingTo("13.50");
        line.discount = new BigDecimal("1.25");
        assertThat(line.total()).isEqualByComparingTo("12.25");
    }

    @Test
    void onlyAnUnmappedSkuIsAPlaceholder() {
        OrderLine line = new OrderLine();
        assertThat(line.unmapped()).isFalse();
        line.skuSource = SkuSource.UNMAPPED;
        assertThat(line.unmapped()).isTrue();
        line.skuSource = SkuSource.CLERK;
        assertThat(line.unmapped()).isFalse();
    }

    @Test
    void propertiesRoundTripAndNoneAreStoredAsNothing() {
        OrderLine line = new OrderLine();
        assertThat(line.properties()).isNull();
        line.properties(List.of(new OrderReceived.Attribute("engraving", "R.S.")));
        assertThat(line.propertiesJson).isNotNull();
        assertThat(line.properties()).containsExactly(new OrderReceived.Attribute("engraving", "R.S."));
        line.properties(List.of());
        assertThat(line.propertiesJson).isNull();
        assertThat(line.properties()).isNull();
        line.properties(List.of(new OrderReceived.Attribute("a", "b")));
        line.properties(null);
        assertThat(line.properties()).isNull();
    }

    @Test
    void propertiesThatAreNotJsonAreReportedWithTheLine() {
        OrderLine line = new OrderLine();
        line.id = java.util.UUID.randomUUID();
        line.propertiesJson = "not json";
        org.assertj.core.api.Assertions.assertThatThrownBy(line::properties)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("line properties of order line " + line.id + " are not JSON");
    }
}
