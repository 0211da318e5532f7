package com.smartstore.oms.review.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartstore.oms.contracts.events.OrderAmended;
import com.smartstore.oms.contracts.events.OrderReceived;
import com.smartstore.oms.kit.testing.OrderBuilder;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RedactionTest {
    private final OrderReceived order = OrderBuilder.anOrder()
            .contact("Ana Silva", "+351 912 345 678", "ana@example.com")
            .line("SKU-1", 2, "3.00")
            .build();

    @Test
    void theOrderKeepsWhatWasOrderedAndTheCountryOnly() {
        OrderReceived erased = Redaction.of(order);

        assertThat(erased.customer())
                .isEqualTo(new OrderReceived.Customer(order.customer().pseudonym(), "[redacted]", null, null));
        assertThat(erased.shippingAddress())
                .isEqualTo(new OrderReceived.Address(null, "[redacted]", null, "[redacted]", null, "[redacted]", "PT"));
        assertThat(erased.remarks()).isEqualTo(new OrderReceived.Remarks(null, null, OrderBuilder.SHIP_DATE));
        assertThat(erased.lines()).isEqualTo(order.lines());
        assertThat(erased.totalAmount()).isEqualTo(order.totalAmount());
        assertThat(erased.payment()).isEqualTo(order.payment());
        assertThat(Redaction.personalValues(erased)).isEmpty();
    }

    @Test
    void knownValuesAreScrubbedFromFreeTextWhateverTheirCase() {
        var values = Redaction.personalValues(order);

        assertThat(values).contains("Ana Silva", "+351 912 345 678", "ana@example.com", "Rua Augusta 10", "Lisboa");
        assertThat(Redaction.scrub("Called ANA SILVA on +351 912 345 678, lives at Rua Augusta 10, Lisboa", values))
                .isEqualTo("Called [redacted] on [redacted], lives at [redacted], [redacted]");
        assertThat(Redaction.scrub(null, values)).isNull();
        assertThat(Redaction.scrub("price confirmed", values)).isEqualTo("price confirmed");
    }

    @Test
    void anAmendmentKeepsOnlyItsLineChanges() {
        OrderAmended.LineChange line = new OrderAmended.LineChange(1, "SKU-2", "Other", null, 1, null);
        OrderAmended amendment = new OrderAmended(
                order.orderId(),
                order.orderNumber(),
                1,
                UUID.randomUUID(),
                List.of("shippingAddress", "contact", "lines"),
                order.shippingAddress(),
                new OrderAmended.Contact("+351 900 000 000", null),
                List.of(line),
                null,
                "moved",
                "customer-service",
                Instant.now());

        OrderAmended erased = Redaction.of(amendment);

        assertThat(erased.changed()).containsExactly("lines");
        assertThat(erased.shippingAddress()).isNull();
        assertThat(erased.contact()).isNull();
        assertThat(erased.lines()).containsExactly(line);
    }
}
