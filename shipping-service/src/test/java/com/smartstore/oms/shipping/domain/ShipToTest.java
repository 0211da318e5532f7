package com.smartstore.oms.shipping.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartstore.oms.contracts.events.OrderReceived;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Where a parcel goes: the label's recipient and address, compared field by field, copied, erased. */
class ShipToTest {
    private static ShipTo lisbon() {
        return ShipTo.of(
                new OrderReceived.Address("Rui Costa", "Rua 1", "3 Esq", "Lisboa", "Lisboa", "1000-001", "PT"),
                "Ana Silva");
    }

    private static ShipTo changed(Consumer<ShipTo> change) {
        ShipTo to = lisbon();
        change.accept(to);
        return to;
    }

    @Test
    void aParcelReachesTheSameAddressOnlyIfEveryFieldMatches() {
        assertThat(lisbon().sameAs(lisbon())).isTrue();
        assertThat(lisbon().sameAs(lisbon().copy())).isTrue();
        assertThat(lisbon().sameAs(changed(t -> t.recipient = "Ana Silva"))).isFalse();
        assertThat(lisbon().sameAs(changed(t -> t.line1 = "Rua 2"))).isFalse();
        assertThat(lisbon().sameAs(changed(t -> t.line2 = null))).isFalse();
        assertThat(lisbon().sameAs(changed(t -> t.city = "Porto"))).isFalse();
        assertThat(lisbon().sameAs(changed(t -> t.region = "Norte"))).isFalse();
        assertThat(lisbon().sameAs(changed(t -> t.postalCode = "4000-001"))).isFalse();
        assertThat(lisbon().sameAs(changed(t -> t.country = "ES"))).isFalse();
    }

    @Test
    void aBlankRecipientPutsTheCustomerOnTheLabel() {
        ShipTo to = ShipTo.of(new OrderReceived.Address("  ", "Rua 1", null, "Lisboa", null, "1000-001", "PT"), "Ana");

        assertThat(to.recipient).isEqualTo("Ana");
        assertThat(lisbon().recipient).isEqualTo("Rui Costa");
    }

    @Test
    void anErasedAddressIsRedactedAndAnOrdinaryOneIsNot() {
        assertThat(lisbon().isRedacted()).isFalse();
        assertThat(lisbon().redacted().isRedacted()).isTrue();
        assertThat(lisbon().redacted().sameAs(lisbon())).isFalse();
    }

    @Test
    void theWarehouseSeesTheCityPostalCodeCountryAndInitialsOnly() {
        ShipTo to = new ShipTo();
        to.recipient = "Ana  Silva";
        to.line1 = "Rua Augusta 10";
        to.line2 = "2 Esq";
        to.city = "Lisboa";
        to.region = "Lisboa";
        to.postalCode = "1100-053";
        to.country = "PT";

        ShipTo masked = to.masked();

        assertThat(masked.recipient).isEqualTo("A*** S***");
        assertThat(masked.line1).isNull();
        assertThat(masked.line2).isNull();
        assertThat(masked.city).isEqualTo("Lisboa");
        assertThat(masked.region).isEqualTo("Lisboa");
        assertThat(masked.postalCode).isEqualTo("1100-053");
        assertThat(masked.country).isEqualTo("PT");
        assertThat(to.line1).as("the original is untouched").isEqualTo("Rua Augusta 10");
        assertThat(ShipTo.maskedName("陳小明")).isEqualTo("陳***");
        assertThat(ShipTo.maskedName(ShipTo.REDACTED)).isEqualTo(ShipTo.REDACTED);
        assertThat(ShipTo.maskedName(null)).isNull();
        assertThat(to.redacted().masked().recipient).isEqualTo(ShipTo.REDACTED);
    }
}
