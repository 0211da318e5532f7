package com.smartstore.oms.review.domain;

import static com.smartstore.oms.kit.testing.OrderBuilder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

import com.smartstore.oms.contracts.events.OrderAmended;
import com.smartstore.oms.contracts.events.OrderReceived;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OrderAmendmentsTest {
    private final OrderReceived order =
            anOrder().line("A", 2, "5.00").line("B", 1, "3.00").build();

    @Test
    void changedLinesReplaceTheirNumberZeroRemovesAndNewNumbersAdd() {
        OrderReceived amended = OrderAmendments.apply(
                order,
                amendment(
                        List.of("lines"),
                        null,
                        null,
                        List.of(
                                new OrderAmended.LineChange(1, "A", null, null, 4, null),
                                new OrderAmended.LineChange(2, "B", null, null, 0, null),
                                new OrderAmended.LineChange(3, "C", "Product C", "blue", 1, new BigDecimal("7.00"))),
                        new BigDecimal("27.00")));

        assertThat(amended.lines()).extracting(OrderReceived.Line::sku).containsExactly("A", "C");
        assertThat(amended.lines().get(0).quantity()).isEqualTo(4);
        assertThat(amended.lines().get(0).unitPrice()).isEqualByComparingTo("5.00");
        assertThat(amended.lines().get(0).productName()).isEqualTo("Product A");
        assertThat(amended.totalAmount()).isEqualByComparingTo("27.00");
        assertThat(amended.revision()).isEqualTo(order.revision());
    }

    @Test
    void addressAndContactChangesKeepWhatWasNotChanged() {
        OrderReceived.Address address =
                new OrderReceived.Address(null, "Rua Nova 1", null, "Porto", null, "4000-001", "PT");
        OrderReceived amended = OrderAmendments.apply(
                order,
                amendment(
                        List.of("shippingAddress", "contact"),
                        address,
                        new OrderAmended.Contact(null, "new@example.com"),
                        List.of(),
                        null));

        assertThat(amended.shippingAddress()).isEqualTo(address);
        assertThat(amended.customer().email()).isEqualTo("new@example.com");
        assertThat(amended.customer().phone()).isEqualTo(order.customer().phone());
        assertThat(amended.lines()).isEqualTo(order.lines());
        assertThat(amended.totalAmount()).isEqualTo(order.totalAmount());
    }

    @Test
    void aClerkMappingAnUnmappedLineKeepsThePlatformsFactsAndMarksItClerkMapped() {
        OrderReceived platformOrder = anOrder()
                .line("A", 2, "5.00", "1.00")
                .unmappedLine("77", "44", 1, "21.00")
                .charged("30.00")
                .build();
        OrderReceived amended = OrderAmendments.apply(
                platformOrder,
                amendment(
                        List.of("lines"),
                        null,
                        null,
                        List.of(new OrderAmended.LineChange(
                                2,
                                "BOWL-BLUE",
                                "Hand-painted Bowl",
                                null,
                                1,
                                new BigDecimal("21.00"),
                                "shopify:variant:44",
                                1)),
                        new BigDecimal("30.00")));

        assertThat(amended.platform()).isEqualTo(platformOrder.platform());
        assertThat(amended.lines().get(0)).isEqualTo(platformOrder.lines().get(0));
        OrderReceived.Line mapped = amended.lines().get(1);
        assertThat(mapped.sku()).isEqualTo("BOWL-BLUE");
        assertThat(mapped.skuSource()).isEqualTo(com.smartstore.oms.contracts.events.SkuSource.CLERK);
        assertThat(mapped.platformVariantId()).isEqualTo("44");
        assertThat(mapped.unmapped()).isFalse();
    }

    private OrderAmended amendment(
            List<String> changed,
            OrderReceived.Address address,
            OrderAmended.Contact contact,
            List<OrderAmended.LineChange> lines,
            BigDecimal total) {
        return new OrderAmended(
                order.orderId(),
                order.orderNumber(),
                order.revision(),
                UUID.randomUUID(),
                changed,
                address,
                contact,
                lines,
                total,
                "customer asked",
                "customer-service",
                Instant.now());
    }
}
