package com.smartstore.oms.intake.mapping;

import static com.smartstore.oms.intake.mapping.JsonFields.decimal;
import static com.smartstore.oms.intake.mapping.JsonFields.join;
import static com.smartstore.oms.intake.mapping.JsonFields.nonEmptyArray;
import static com.smartstore.oms.intake.mapping.JsonFields.object;
import static com.smartstore.oms.intake.mapping.JsonFields.optDecimal;
import static com.smartstore.oms.intake.mapping.JsonFields.optInstant;
import static com.smartstore.oms.intake.mapping.JsonFields.optText;
import static com.smartstore.oms.intake.mapping.JsonFields.positiveInt;
import static com.smartstore.oms.intake.mapping.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.smartstore.oms.contracts.events.PaymentMethod;
import com.smartstore.oms.contracts.events.SalesChannel;
import com.smartstore.oms.intake.rest.CreateOrderRequest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Maps a WooCommerce {@code order.created} webhook body (the REST API v3 order) onto our order. Line
 * {@code subtotal} is before coupons and {@code total} after, both without tax; {@code total_tax} comes on
 * top, so the order total is lines + shipping + tax, as WooCommerce computes it.
 */
public final class WooCommerceOrderMapper {

    public PlatformOrder map(JsonNode o, String shopCurrency) {
        String id = text(o, "id", "");
        String currency = optText(o, "currency");
        if (currency != null && !currency.equalsIgnoreCase(shopCurrency)) {
            throw new UnmappableOrder("currency", "is " + currency + "; this shop takes orders in " + shopCurrency);
        }
        JsonNode billing = object(o, "billing", "");
        String name = join(optText(billing, "first_name"), optText(billing, "last_name"));
        if (name == null) {
            name = text(billing, "company", "billing");
        }
        // WooCommerce leaves the shipping address empty when the customer ships to the billing address.
        JsonNode shipping = o.get("shipping");
        boolean shipToBilling = shipping == null || optText(shipping, "address_1") == null;
        JsonNode to = shipToBilling ? billing : shipping;
        String prefix = shipToBilling ? "billing" : "shipping";
        var address = new CreateOrderRequest.Address(
                join(optText(to, "first_name"), optText(to, "last_name"), optText(to, "company")),
                text(to, "address_1", prefix),
                optText(to, "address_2"),
                text(to, "city", prefix),
                optText(to, "state"),
                text(to, "postcode", prefix),
                text(to, "country", prefix).toUpperCase(Locale.ROOT));

        List<CreateOrderRequest.Line> lines = new ArrayList<>();
        JsonNode items = nonEmptyArray(o, "line_items", "");
        for (int i = 0; i < items.size(); i++) {
            lines.add(line(items.get(i), "line_items[" + i + "]"));
        }
        List<CreateOrderRequest.ShippingLine> shippingLines = new ArrayList<>();
        JsonNode shippingItems = o.get("shipping_lines");
        if (shippingItems != null && shippingItems.isArray()) {
            for (int i = 0; i < shippingItems.size(); i++) {
                JsonNode s = shippingItems.get(i);
                String p = "shipping_lines[" + i + "]";
                shippingLines.add(new CreateOrderRequest.ShippingLine(
                        text(s, "method_title", p), optText(s, "method_id"), decimal(s, "total", p)));
            }
        }
        BigDecimal tax = optDecimal(o, "total_tax", "");

        BigDecimal total = decimal(o, "total", "");
        boolean cashOnDelivery = "cod".equals(optText(o, "payment_method"));
        var payment = cashOnDelivery
                ? new CreateOrderRequest.Payment(PaymentMethod.CASH_ON_DELIVERY, total, null)
                : new CreateOrderRequest.Payment(PaymentMethod.ONLINE, total, optInstant(o, "date_paid_gmt", ""));

        return new PlatformOrder(
                id,
                new CreateOrderRequest(
                        new CreateOrderRequest.Customer(name, optText(billing, "phone"), optText(billing, "email")),
                        address,
                        lines,
                        new CreateOrderRequest.Remarks(optText(o, "customer_note"), null, null),
                        payment,
                        SalesChannel.WOOCOMMERCE,
                        shippingLines,
                        tax));
    }

    /** Unit price from the pre-coupon subtotal; the discount is whatever makes the line total WooCommerce's. */
    private static CreateOrderRequest.Line line(JsonNode item, String prefix) {
        int quantity = positiveInt(item, "quantity", prefix);
        BigDecimal subtotal = decimal(item, "subtotal", prefix);
        BigDecimal total = decimal(item, "total", prefix);
        BigDecimal unitPrice = subtotal.divide(BigDecimal.valueOf(quantity), 2, RoundingMode.HALF_UP);
        BigDecimal discount = unitPrice.multiply(BigDecimal.valueOf(quantity)).subtract(total);
        List<String> spec = new ArrayList<>();
        // Variation attributes arrive as meta data; keys starting with "_" are WooCommerce's own bookkeeping.
        for (JsonNode meta : item.path("meta_data")) {
            String key = firstNonBlank(optText(meta, "display_key"), optText(meta, "key"));
            String value = firstNonBlank(optText(meta, "display_value"), optText(meta, "value"));
            if (key != null && value != null && !key.startsWith("_")) {
                spec.add(key + ": " + value);
            }
        }
        return new CreateOrderRequest.Line(
                text(item, "sku", prefix),
                text(item, "name", prefix),
                spec.isEmpty() ? null : String.join(", ", spec),
                quantity,
                unitPrice,
                discount.signum() < 0 ? BigDecimal.ZERO : discount);
    }

    private static String firstNonBlank(String a, String b) {
        return a != null ? a : b;
    }
}
