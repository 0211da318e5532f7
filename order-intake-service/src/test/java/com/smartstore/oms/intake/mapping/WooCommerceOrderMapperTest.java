package com.smartstore.oms.intake.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.smartstore.oms.contracts.events.PaymentMethod;
import com.smartstore.oms.intake.command.CreateOrderRequest;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** WooCommerce order fields onto ours, without Quarkus: coupons, ship-to-billing, payment methods. */
class WooCommerceOrderMapperTest {
    private final WooCommerceOrderMapper mapper = new WooCommerceOrderMapper();

    private static ObjectNode order() throws Exception {
        try (InputStream in =
                WooCommerceOrderMapperTest.class.getResourceAsStream("/webhooks/woocommerce-order-created.json")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("__ORDER_ID__", "727")
                    .replace("__SKU1__", "MUG-BLUE")
                    .replace("__SKU2__", "SPOON-1");
            return (ObjectNode) new ObjectMapper().readTree(text);
        }
    }

    private static BigDecimal total(CreateOrderRequest order) {
        BigDecimal lines = order.lines().stream()
                .map(l ->
                        l.unitPrice().multiply(BigDecimal.valueOf(l.quantity())).subtract(l.discount()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal shipping = order.shippingLines().stream()
                .map(CreateOrderRequest.ShippingLine::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return lines.add(shipping).add(order.taxAmount());
    }

    @Test
    void theTotalIsWooCommercesTotal() throws Exception {
        PlatformOrder mapped = mapper.map(order());
        assertThat(mapped.externalOrderId()).isEqualTo("727");
        assertThat(total(mapped.order())).isEqualByComparingTo("38.13");
        assertThat(mapped.order().payment().method()).isEqualTo(PaymentMethod.CASH_ON_DELIVERY);
    }

    @Test
    void aLineTotalThatDoesNotDivideEvenlyStaysExact() throws Exception {
        ObjectNode o = order();
        ObjectNode spoon = (ObjectNode) o.withArray("line_items").get(1);
        spoon.put("subtotal", "10.00");
        spoon.put("total", "9.00");
        CreateOrderRequest.Line line = mapper.map(o).order().lines().get(1);
        assertThat(line.unitPrice()).isEqualByComparingTo("3.34");
        assertThat(line.discount()).isEqualByComparingTo("1.02");
        assertThat(line.unitPrice().multiply(BigDecimal.valueOf(3)).subtract(line.discount()))
                .isEqualByComparingTo("9.00");
    }

    @Test
    void withoutAShippingAddressItShipsToTheBillingAddress() throws Exception {
        ObjectNode o = order();
        ((ObjectNode) o.get("shipping")).put("address_1", "");
        assertThat(mapper.map(o).order().shippingAddress().line1()).isEqualTo("Avenida da Liberdade 110");

        // A blank postal code is kept blank, for review's address rule to hold the order.
        ((ObjectNode) o.get("billing")).put("postcode", "");
        PlatformOrder mapped = mapper.map(o);
        assertThat(mapped.clean()).isTrue();
        assertThat(mapped.order().shippingAddress().postalCode()).isEmpty();

        ((ObjectNode) o.get("billing")).remove("country");
        assertThat(mapper.map(o).problems()).containsExactly("billing.country: is missing or blank");
    }

    @Test
    void feesCouponsAndACancelledStatusAreCarried() throws Exception {
        ObjectNode o = order();
        o.put("status", "cancelled");
        o.withArray("fee_lines").addObject().put("name", "Gift wrap").put("total", "2.00");
        o.put("total", "40.13");
        var platform = mapper.map(o).details().platform();
        assertThat(platform.orderName()).isEqualTo("#727");
        assertThat(platform.cancelledAt()).hasToString("2026-11-27T10:20:12Z");
        assertThat(platform.cancelReason()).isEqualTo("cancelled");
        assertThat(platform.charged().total()).isEqualByComparingTo("40.13");
        assertThat(platform.charged().other()).isEqualByComparingTo("2.00");
        assertThat(platform.charged().subtotal()).isEqualByComparingTo("29.00");
        assertThat(platform.discountCodes()).containsExactly("mug10");
        assertThat(mapper.map(o).details().lines())
                .extracting(l -> l.variantId())
                .containsExactly("94", null);
    }

    @Test
    void aPaidOnlineOrderCarriesItsPaymentTimeInUtc() throws Exception {
        ObjectNode o = order();
        o.put("payment_method", "stripe");
        o.put("date_paid_gmt", "2026-11-27T10:20:12");
        var payment = mapper.map(o).order().payment();
        assertThat(payment.method()).isEqualTo(PaymentMethod.ONLINE);
        assertThat(payment.paidAt()).hasToString("2026-11-27T10:20:12Z");
    }

    @Test
    void anOrderWithoutAStatusIsAnOrderPaidWhenItSaysSo() throws Exception {
        ObjectNode o = order();
        o.remove("status");
        o.put("payment_method", "stripe");
        o.put("date_paid_gmt", "2026-11-27T10:15:00");
        PlatformOrder mapped = mapper.map(o);
        assertThat(mapped.order().payment().paidAt()).hasToString("2026-11-27T10:15:00Z");
        assertThat(mapped.details().platform().cancelledAt()).isNull();
    }
}
