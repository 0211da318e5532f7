package com.smartstore.oms.intake.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.smartstore.oms.contracts.events.PaymentMethod;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** Shopify order fields onto ours, without Quarkus: discounts, tax on top, gateways and financial status. */
class ShopifyOrderMapperTest {
    private final ShopifyOrderMapper mapper = new ShopifyOrderMapper();

    private static ObjectNode order() throws Exception {
        try (InputStream in =
                ShopifyOrderMapperTest.class.getResourceAsStream("/webhooks/shopify-orders-create.json")) {
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .replace("__ORDER_ID__", "450789469")
                    .replace("__SKU1__", "TS-RED-M")
                    .replace("__SKU2__", "TOTE-1");
            return (ObjectNode) new ObjectMapper().readTree(text);
        }
    }

    @Test
    void mapsTheDocumentedOrder() throws Exception {
        PlatformOrder mapped = mapper.map(order(), "EUR");
        assertThat(mapped.externalOrderId()).isEqualTo("450789469");
        assertThat(mapped.order().lines())
                .extracting(l -> l.discount().toPlainString())
                .containsExactly("4.80", "2.40");
        assertThat(mapped.order().shippingLines())
                .singleElement()
                .satisfies(s -> assertThat(s.amount()).isEqualByComparingTo("4.90"));
        assertThat(mapped.order().taxAmount()).isEqualByComparingTo("0");
        assertThat(mapped.order().payment().method()).isEqualTo(PaymentMethod.ONLINE);
    }

    @Test
    void taxIsAddedWhenPricesExcludeIt() throws Exception {
        ObjectNode o = order();
        o.put("taxes_included", false);
        assertThat(mapper.map(o, "EUR").order().taxAmount()).isEqualByComparingTo("13.03");
    }

    @Test
    void cashOnDeliveryAndPendingPayments() throws Exception {
        ObjectNode cod = order();
        cod.putArray("payment_gateway_names").add("Cash on Delivery (COD)");
        cod.put("financial_status", "pending");
        var payment = mapper.map(cod, "EUR").order().payment();
        assertThat(payment.method()).isEqualTo(PaymentMethod.CASH_ON_DELIVERY);
        assertThat(payment.paidAt()).isNull();
        assertThat(payment.amount()).isEqualByComparingTo("69.70");

        ObjectNode pending = order();
        pending.put("financial_status", "pending");
        assertThat(mapper.map(pending, "EUR").order().payment().paidAt()).isNull();

        ObjectNode partly = order();
        partly.put("financial_status", "partially_paid");
        partly.put("total_outstanding", "20.00");
        assertThat(mapper.map(partly, "EUR").order().payment().amount()).isEqualByComparingTo("49.70");
    }

    @Test
    void missingFieldsAreNamed() throws Exception {
        ObjectNode noAddress = order();
        noAddress.remove("shipping_address");
        assertThatThrownBy(() -> mapper.map(noAddress, "EUR"))
                .isInstanceOf(UnmappableOrder.class)
                .hasMessageStartingWith("shipping_address");

        ObjectNode badQuantity = order();
        ((ObjectNode) badQuantity.withArray("line_items").get(1)).put("quantity", 0);
        assertThatThrownBy(() -> mapper.map(badQuantity, "EUR")).hasMessageStartingWith("line_items[1].quantity");

        JsonNode otherCurrency = order().put("currency", "USD");
        assertThatThrownBy(() -> mapper.map(otherCurrency, "EUR")).hasMessageStartingWith("currency");
    }
}
