package com.smartstore.oms.shipping.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartstore.oms.contracts.events.OrderAmended;
import com.smartstore.oms.contracts.events.OrderReceived;
import com.smartstore.oms.contracts.events.PaymentMethod;
import com.smartstore.oms.kit.testing.OrderBuilder;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What shipping knows of an order: an amendment's new address, unless it is stale or the customer was erased. */
class OrderInfoTest {
    private static final UUID ORDER = UUID.randomUUID();
    private static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");

    private static OrderInfo order(int revision) {
        return OrderInfo.from(OrderBuilder.anOrder()
                .id(ORDER)
                .number("SO-1")
                .revision(revision)
                .customer(new OrderReceived.Customer("c-1", "Ana Silva", null, "ana@example.com"))
                .address(new OrderReceived.Address(null, "Rua 1", null, "Lisboa", null, "1000-001", "PT"))
                .line("SKU-A", "T-shirt", null, 2, "10")
                .payment(PaymentMethod.ONLINE, "20", T0)
                .receivedAt(T0)
                .build());
    }

    @Test
    void itKeepsWhatANotificationNeedsAndARedactionErasesTheAddress() {
        OrderInfo order = order(1);
        assertThat(order.customerEmail).isEqualTo("ana@example.com");
        assertThat(order.lines).containsExactly(new OrderLine(1, "SKU-A", "T-shirt", 2));
        assertThat(order.productName("SKU-A")).isEqualTo("T-shirt");
        assertThat(order.productName("SKU-Z"))
                .as("a SKU the order does not list")
                .isEqualTo("SKU-Z");

        order.redact();

        assertThat(order.customerEmail).isNull();
        assertThat(order.isRedacted()).isTrue();
    }

    @Test
    void theLanguageIsTheFirstNonBlankLocaleOrLanguageAttributeOfAtMost35Characters() {
        assertThat(OrderInfo.languageOf(attributes(
                        new OrderReceived.Attribute("locale", " "), new OrderReceived.Attribute("language", "zh-TW"))))
                .isEqualTo("zh-TW");
        assertThat(OrderInfo.languageOf(attributes(new OrderReceived.Attribute("locale", "a".repeat(35)))))
                .hasSize(35);
        assertThat(OrderInfo.languageOf(attributes(new OrderReceived.Attribute("locale", null))))
                .isNull();
        assertThat(OrderInfo.languageOf(
                        new OrderReceived.Platform(null, null, null, null, null, null, null, null, null, null)))
                .isNull();
    }

    private static OrderReceived.Platform attributes(OrderReceived.Attribute... attributes) {
        return new OrderReceived.Platform(null, null, null, null, null, null, null, null, null, List.of(attributes));
    }

    private static OrderAmended moved(int revision, OrderReceived.Address address) {
        return new OrderAmended(
                ORDER,
                "SO-1",
                revision,
                UUID.randomUUID(),
                List.of("shippingAddress"),
                address,
                null,
                List.of(),
                null,
                "moved",
                "customer-service",
                T0);
    }

    private static final OrderReceived.Address PORTO =
            new OrderReceived.Address(null, "Rua Nova 1", null, "Porto", null, "4000-001", "PT");

    @Test
    void anAmendedAddressOfTheKnownRevisionReplacesTheAddressForTheSameCustomer() {
        OrderInfo order = order(2);

        assertThat(order.apply(moved(2, PORTO))).isTrue();

        assertThat(order.shipTo.city).isEqualTo("Porto");
        assertThat(order.shipTo.recipient).isEqualTo("Ana Silva");
        assertThat(order.isRedacted()).isFalse();
    }

    @Test
    void aStaleAmendmentOrOneWithoutAnAddressChangesNothing() {
        OrderInfo order = order(2);

        assertThat(order.apply(moved(1, PORTO))).isFalse();
        assertThat(order.apply(moved(3, null))).isFalse();

        assertThat(order.shipTo.city).isEqualTo("Lisboa");
    }
}
