package com.smartstore.oms.intake.mapping;

import static org.assertj.core.api.Assertions.assertThat;

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
        PlatformOrder mapped = mapper.map(order());
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
        assertThat(mapper.map(o).order().taxAmount()).isEqualByComparingTo("13.03");
    }

    @Test
    void cashOnDeliveryAndPendingPayments() throws Exception {
        ObjectNode cod = order();
        cod.putArray("payment_gateway_names").add("Cash on Delivery (COD)");
        cod.put("financial_status", "pending");
        var payment = mapper.map(cod).order().payment();
        assertThat(payment.method()).isEqualTo(PaymentMethod.CASH_ON_DELIVERY);
        assertThat(payment.paidAt()).isNull();
        assertThat(payment.amount()).isEqualByComparingTo("69.70");

        ObjectNode pending = order();
        pending.put("financial_status", "pending");
        assertThat(mapper.map(pending).order().payment().paidAt()).isNull();

        ObjectNode partly = order();
        partly.put("financial_status", "partially_paid");
        partly.put("total_outstanding", "20.00");
        assertThat(mapper.map(partly).order().payment().amount()).isEqualByComparingTo("49.70");
    }

    @Test
    void whatCannotBeMappedIsCollectedNotThrown() throws Exception {
        ObjectNode broken = order();
        broken.remove("shipping_address");
        ((ObjectNode) broken.withArray("line_items").get(1)).put("quantity", 0);
        PlatformOrder mapped = mapper.map(broken);
        assertThat(mapped.clean()).isFalse();
        assertThat(mapped.problems())
                .anyMatch(p -> p.startsWith("shipping_address"))
                .anyMatch(p -> p.startsWith("line_items[1].quantity"));
        // The rest is mapped, as the draft a clerk completes.
        assertThat(mapped.order().lines()).hasSize(2);
        assertThat(mapped.order().customer().email()).isEqualTo("ines.costa@example.com");
    }

    @Test
    void theDocumentedOrderCarriesThePlatformsFacts() throws Exception {
        PlatformOrder mapped = mapper.map(order());
        assertThat(mapped.clean()).isTrue();
        var platform = mapped.details().platform();
        assertThat(platform.orderName()).isEqualTo("#1042");
        assertThat(platform.test()).isFalse();
        assertThat(platform.status()).isEqualTo("paid");
        assertThat(platform.discountCodes()).containsExactly("WELCOME10");
        assertThat(platform.attributes()).extracting(a -> a.name()).containsExactly("gift_message");
        assertThat(platform.charged().total()).isEqualByComparingTo("69.70");
        assertThat(platform.charged().tax()).isEqualByComparingTo("13.03");
        assertThat(platform.charged().taxIncluded()).isTrue();
        assertThat(platform.chargedInShopCurrency()).isNull();
        assertThat(mapped.details().currency()).isEqualTo("EUR");
        assertThat(mapped.details().lines())
                .extracting(l -> l.productId() + "/" + l.variantId())
                .containsExactly("8012345678901/44012345678901", "8012345678902/44012345678902");
        assertThat(mapped.details().lines().get(1).properties())
                .extracting(a -> a.name() + "=" + a.value())
                .containsExactly("Monogram=IC");
    }

    @Test
    void aLineWithoutSkuKeepsThePlatformsIds() throws Exception {
        ObjectNode o = order();
        ((ObjectNode) o.withArray("line_items").get(0)).putNull("sku");
        PlatformOrder mapped = mapper.map(o);
        assertThat(mapped.clean()).isTrue();
        assertThat(mapped.order().lines().get(0).sku()).isNull();
        assertThat(mapped.details().lines().get(0).variantId()).isEqualTo("44012345678901");
    }

    @Test
    void anOrderChargedInAnotherCurrencyIsInThatCurrencyWithTheShopsAmountsBeside() throws Exception {
        ObjectNode o = order();
        o.put("presentment_currency", "USD");
        ObjectNode total = (ObjectNode) o.get("total_price_set").get("presentment_money");
        total.put("amount", "75.30").put("currency_code", "USD");
        for (JsonNode item : o.withArray("line_items")) {
            ((ObjectNode) item.get("price_set").get("presentment_money")).put("amount", "25.90");
            ((ObjectNode) item.get("discount_allocations")
                            .get(0)
                            .get("amount_set")
                            .get("presentment_money"))
                    .put("amount", "2.59");
        }
        ((ObjectNode) o.withArray("shipping_lines")
                        .get(0)
                        .get("discounted_price_set")
                        .get("presentment_money"))
                .put("amount", "5.30");
        PlatformOrder mapped = mapper.map(o);
        assertThat(mapped.details().currency()).isEqualTo("USD");
        assertThat(mapped.order().lines())
                .extracting(l -> l.unitPrice().toPlainString())
                .containsExactly("25.90", "25.90");
        assertThat(mapped.order().lines())
                .extracting(l -> l.discount().toPlainString())
                .containsExactly("2.59", "2.59");
        assertThat(mapped.order().payment().amount()).isEqualByComparingTo("75.30");
        assertThat(mapped.details().lines())
                .extracting(l -> l.shopUnitPrice().toPlainString())
                .containsExactly("24.00", "24.00");
        var platform = mapped.details().platform();
        assertThat(platform.shopCurrency()).isEqualTo("EUR");
        assertThat(platform.charged().total()).isEqualByComparingTo("75.30");
        assertThat(platform.chargedInShopCurrency().total()).isEqualByComparingTo("69.70");
    }

    @Test
    void aTestOrderAndACancelledOneSayWhatTheyAre() throws Exception {
        ObjectNode o = order();
        o.put("test", true);
        o.put("cancelled_at", "2026-11-27T10:20:00+01:00");
        o.put("cancel_reason", "customer");
        var platform = mapper.map(o).details().platform();
        assertThat(platform.testOrder()).isTrue();
        assertThat(platform.cancelledAt()).hasToString("2026-11-27T09:20:00Z");
        assertThat(platform.cancelReason()).isEqualTo("customer");
    }

    @Test
    void aNumberThatIsNoAmountIsAProblemNotAHang() throws Exception {
        ObjectNode o = order();
        ((ObjectNode) o.withArray("line_items").get(0)).put("price", "1e999999999");
        ((ObjectNode) o.withArray("line_items").get(0).get("price_set").get("shop_money")).put("amount", "1e999999999");
        assertThat(mapper.map(o).problems()).anyMatch(p -> p.contains("is not an amount: 1e999999999"));
    }
}
