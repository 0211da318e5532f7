package com.smartstore.oms.shipping.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartstore.oms.contracts.events.OrderAmended;
import com.smartstore.oms.contracts.events.OrderReceived;
import com.smartstore.oms.contracts.events.PaymentMethod;
import com.smartstore.oms.kit.testing.OrderBuilder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Whether an order is fully shipped: every unit its newest revision (as amended) asks for has left in a dispatched
 * shipment (issue 11).
 */
class FullyShippedTest {
    private static final UUID ORDER = UUID.randomUUID();
    private static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");

    /** Line 1: 2 x SKU-A, line 2: 1 x SKU-B, line 3: 1 x SKU-A again. */
    private static OrderReceived received(int revision) {
        return OrderBuilder.anOrder()
                .id(ORDER)
                .number("SO-1")
                .revision(revision)
                .customer(new OrderReceived.Customer("c-1", "Ana Silva", null, "ana@example.com"))
                .address(new OrderReceived.Address(null, "Rua 1", null, "Lisboa", null, "1000-001", "PT"))
                .line("SKU-A", "T-shirt", null, 2, "10")
                .line("SKU-B", "Mug", null, 1, "5")
                .line("SKU-A", "T-shirt", null, 1, "10")
                .payment(PaymentMethod.ONLINE, "35", T0)
                .receivedAt(T0)
                .build();
    }

    private static OrderAmended amended(int revision, OrderAmended.LineChange... changes) {
        return new OrderAmended(
                ORDER,
                "SO-1",
                revision,
                UUID.randomUUID(),
                List.of("lines"),
                null,
                null,
                List.of(changes),
                null,
                "customer asked",
                "customer-service",
                T0);
    }

    private static OrderAmended.LineChange line(int lineNo, String sku, int quantity) {
        return new OrderAmended.LineChange(lineNo, sku, null, null, quantity, BigDecimal.TEN);
    }

    @Test
    void oneShipmentWithEveryUnitCompletesTheOrder() {
        OrderInfo order = OrderInfo.from(received(1));

        assertThat(order.fullyShippedBy(List.of(new Item("SKU-A", 3), new Item("SKU-B", 1))))
                .isTrue();
    }

    @Test
    void aSplitOrderIsFullyShippedWithItsLastUnitOnly() {
        OrderInfo order = OrderInfo.from(received(1));

        assertThat(order.fullyShippedBy(List.of(new Item("SKU-A", 3)))).isFalse();
        assertThat(order.fullyShippedBy(List.of(new Item("SKU-A", 2), new Item("SKU-B", 1))))
                .as("SKU-A is on two lines: 3 units")
                .isFalse();
        assertThat(order.fullyShippedBy(List.of(new Item("SKU-A", 2), new Item("SKU-B", 1), new Item("SKU-A", 1))))
                .isTrue();
        assertThat(order.fullyShippedBy(List.of(new Item("SKU-A", 3), new Item("SKU-Z", 5))))
                .as("units the order does not list make up for none it does")
                .isFalse();
    }

    @Test
    void anAmendmentThatReducesOrRemovesALineCountsAsTheOrderNow() {
        OrderInfo order = OrderInfo.from(received(1));

        assertThat(order.amendLines(amended(1, line(1, "SKU-A", 1), line(2, "SKU-B", 0))))
                .isTrue();

        assertThat(order.lines)
                .containsExactly(new OrderLine(1, "SKU-A", "T-shirt", 1), new OrderLine(3, "SKU-A", "T-shirt", 1));
        assertThat(order.fullyShippedBy(List.of(new Item("SKU-A", 2)))).isTrue();
        assertThat(order.fullyShippedBy(List.of(new Item("SKU-A", 1)))).isFalse();
    }

    @Test
    void anAmendmentMayChangeALinesSkuOrAddALine() {
        OrderInfo order = OrderInfo.from(received(1));

        order.amendLines(amended(
                1,
                new OrderAmended.LineChange(2, "SKU-C", "Blue mug", null, 2, BigDecimal.TEN, "SKU-B", 1),
                line(4, "SKU-D", 1),
                line(5, "SKU-E", 0)));

        assertThat(order.lines)
                .containsExactly(
                        new OrderLine(1, "SKU-A", "T-shirt", 2),
                        new OrderLine(2, "SKU-C", "Blue mug", 2),
                        new OrderLine(3, "SKU-A", "T-shirt", 1),
                        new OrderLine(4, "SKU-D", "SKU-D", 1));
        assertThat(order.fullyShippedBy(List.of(new Item("SKU-A", 3), new Item("SKU-C", 2))))
                .isFalse();
        assertThat(order.fullyShippedBy(List.of(new Item("SKU-A", 3), new Item("SKU-C", 2), new Item("SKU-D", 1))))
                .isTrue();
    }

    @Test
    void aStaleAmendmentOrOneWithoutLinesChangesNoLine() {
        OrderInfo order = OrderInfo.from(received(2));

        assertThat(order.amendLines(amended(1, line(1, "SKU-A", 1)))).isFalse();
        assertThat(order.amendLines(amended(2))).isFalse();

        assertThat(order.lines).extracting(OrderLine::quantity).containsExactly(2, 1, 1);
    }

    @Test
    void theSameRevisionAgainKeepsItsAmendedLinesAndANewerOneReplacesThem() {
        OrderInfo order = OrderInfo.from(received(1));
        order.amendLines(amended(1, line(2, "SKU-B", 0)));

        order.apply(received(1));
        assertThat(order.lines).extracting(OrderLine::sku).containsExactly("SKU-A", "SKU-A");

        order.apply(received(2));
        assertThat(order.lines).extracting(OrderLine::sku).containsExactly("SKU-A", "SKU-B", "SKU-A");
    }

    @Test
    void anOrderStoredWithoutQuantitiesCannotSay() {
        OrderInfo order = OrderInfo.from(received(1));
        order.lines = List.of(new OrderLine("SKU-A", "T-shirt"));

        assertThat(order.fullyShippedBy(List.of(new Item("SKU-A", 3)))).isNull();

        order.apply(received(1));
        assertThat(order.fullyShippedBy(List.of(new Item("SKU-A", 3), new Item("SKU-B", 1))))
                .as("the same revision again brings the quantities")
                .isTrue();
    }

    @Test
    void theShippedEventSaysSoAndCountsTheShipmentsOnlyWhenComplete() {
        OrderInfo order = OrderInfo.from(received(1));
        Shipment shipment = new Shipment();
        shipment.id = UUID.randomUUID();
        shipment.orderId = ORDER;
        shipment.status = ShipmentStatus.WAITING_DISPATCH;
        shipment.fillFrom(order);

        var shipped = shipment.dispatch("CTT", "RR1PT", "EXPRESS", null, "shipping", T0, null, 2, true);
        assertThat(shipped.fullyShipped()).isTrue();
        assertThat(shipped.shipmentsTotal()).isEqualTo(2);
        assertThat(shipped.serviceLevel()).isEqualTo("EXPRESS");
        assertThat(shipment.serviceLevel).isEqualTo("EXPRESS");

        Shipment other = new Shipment();
        other.id = UUID.randomUUID();
        other.orderId = ORDER;
        other.status = ShipmentStatus.WAITING_DISPATCH;
        other.fillFrom(order);
        var partial = other.dispatch("CTT", "RR2PT", null, null, "shipping", T0, null, 1, false);
        assertThat(partial.fullyShipped()).isFalse();
        assertThat(partial.shipmentsTotal()).isNull();
    }
}
