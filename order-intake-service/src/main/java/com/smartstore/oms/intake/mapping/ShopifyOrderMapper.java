package com.smartstore.oms.intake.mapping;

import static com.smartstore.oms.intake.mapping.JsonFields.decimal;
import static com.smartstore.oms.intake.mapping.JsonFields.firstOf;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Maps a Shopify {@code orders/create} webhook body (the Admin REST Order resource) onto our order. Line
 * prices are before discounts; each line's {@code discount_allocations} (order-level discounts included,
 * Shopify allocates them to lines) reduce that line; shipping lines count with their discounted price.
 */
public final class ShopifyOrderMapper {

    public PlatformOrder map(JsonNode o, String shopCurrency) {
        String id = text(o, "id", "");
        String currency = optText(o, "currency");
        if (currency != null && !currency.equalsIgnoreCase(shopCurrency)) {
            throw new UnmappableOrder("currency", "is " + currency + "; this shop takes orders in " + shopCurrency);
        }
        JsonNode customer = o.get("customer");
        JsonNode billing = o.get("billing_address");
        JsonNode shipping = object(o, "shipping_address", "");

        String name = firstOf(
                join(optText(customer, "first_name"), optText(customer, "last_name")),
                optText(billing, "name"),
                optText(shipping, "name"));
        if (name == null) {
            throw new UnmappableOrder("customer", "has no name, nor has billing_address or shipping_address");
        }
        String email = firstOf(optText(o, "email"), optText(o, "contact_email"), optText(customer, "email"));
        String phone = firstOf(
                optText(o, "phone"), optText(customer, "phone"), optText(shipping, "phone"), optText(billing, "phone"));

        var address = new CreateOrderRequest.Address(
                firstOf(
                        optText(shipping, "name"),
                        join(optText(shipping, "first_name"), optText(shipping, "last_name"))),
                text(shipping, "address1", "shipping_address"),
                join(optText(shipping, "company"), optText(shipping, "address2")),
                text(shipping, "city", "shipping_address"),
                firstOf(optText(shipping, "province_code"), optText(shipping, "province")),
                text(shipping, "zip", "shipping_address"),
                text(shipping, "country_code", "shipping_address").toUpperCase(Locale.ROOT));

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
                String prefix = "shipping_lines[" + i + "]";
                BigDecimal amount = optDecimal(s, "discounted_price", prefix);
                shippingLines.add(new CreateOrderRequest.ShippingLine(
                        text(s, "title", prefix),
                        optText(s, "code"),
                        amount != null ? amount : decimal(s, "price", prefix)));
            }
        }

        boolean taxesIncluded = o.path("taxes_included").asBoolean(false);
        BigDecimal tax = taxesIncluded ? BigDecimal.ZERO : optDecimal(o, "total_tax", "");

        var remarks = new CreateOrderRequest.Remarks(optText(o, "note"), giftNote(o), null);
        return new PlatformOrder(
                id,
                new CreateOrderRequest(
                        new CreateOrderRequest.Customer(name, phone, email),
                        address,
                        lines,
                        remarks,
                        payment(o),
                        SalesChannel.SHOPIFY,
                        shippingLines,
                        tax));
    }

    private static CreateOrderRequest.Line line(JsonNode item, String prefix) {
        List<String> spec = new ArrayList<>();
        if (optText(item, "variant_title") != null) {
            spec.add(optText(item, "variant_title"));
        }
        // Line item properties are what the customer specified on the product page (engraving, size notes).
        for (JsonNode property : item.path("properties")) {
            String key = optText(property, "name");
            if (key != null && !key.startsWith("_")) {
                spec.add(key + ": " + optText(property, "value"));
            }
        }
        BigDecimal discount = BigDecimal.ZERO;
        JsonNode allocations = item.get("discount_allocations");
        if (allocations != null && allocations.isArray() && !allocations.isEmpty()) {
            for (int j = 0; j < allocations.size(); j++) {
                discount = discount.add(
                        decimal(allocations.get(j), "amount", prefix + ".discount_allocations[" + j + "]"));
            }
        } else {
            BigDecimal total = optDecimal(item, "total_discount", prefix);
            discount = total == null ? BigDecimal.ZERO : total;
        }
        return new CreateOrderRequest.Line(
                text(item, "sku", prefix),
                firstOf(optText(item, "title"), text(item, "name", prefix)),
                spec.isEmpty() ? null : String.join("; ", spec),
                positiveInt(item, "quantity", prefix),
                decimal(item, "price", prefix),
                discount);
    }

    private static String giftNote(JsonNode o) {
        for (JsonNode attribute : o.path("note_attributes")) {
            String key = optText(attribute, "name");
            if (key != null && key.toLowerCase(Locale.ROOT).startsWith("gift")) {
                return optText(attribute, "value");
            }
        }
        return null;
    }

    /** Cash on delivery by gateway name; otherwise online, paid when Shopify says so (with what is still due deducted). */
    private static CreateOrderRequest.Payment payment(JsonNode o) {
        BigDecimal total = decimal(o, "total_price", "");
        List<String> gateways = new ArrayList<>();
        o.path("payment_gateway_names").forEach(g -> gateways.add(g.asText()));
        if (gateways.isEmpty() && optText(o, "gateway") != null) {
            gateways.add(optText(o, "gateway"));
        }
        boolean cashOnDelivery = gateways.stream()
                .map(g -> g.toLowerCase(Locale.ROOT))
                .anyMatch(g -> g.contains("cash on delivery") || g.matches(".*\\bcod\\b.*"));
        if (cashOnDelivery) {
            return new CreateOrderRequest.Payment(PaymentMethod.CASH_ON_DELIVERY, total, null);
        }
        String status = optText(o, "financial_status");
        Instant paidAt = null;
        BigDecimal amount = total;
        if ("paid".equals(status) || "partially_paid".equals(status)) {
            paidAt = firstOf(optInstant(o, "processed_at", ""), optInstant(o, "created_at", ""));
            BigDecimal outstanding = optDecimal(o, "total_outstanding", "");
            if ("partially_paid".equals(status) && outstanding != null) {
                amount = total.subtract(outstanding);
            }
        }
        return new CreateOrderRequest.Payment(PaymentMethod.ONLINE, amount, paidAt);
    }
}
