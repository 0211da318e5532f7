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
}
