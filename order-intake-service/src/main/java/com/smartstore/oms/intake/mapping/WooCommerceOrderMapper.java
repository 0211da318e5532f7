package com.smartstore.oms.intake.mapping;

import static com.smartstore.oms.intake.mapping.JsonFields.decimal;
import static com.smartstore.oms.intake.mapping.JsonFields.firstOf;
import static com.smartstore.oms.intake.mapping.JsonFields.isOneOf;
import static com.smartstore.oms.intake.mapping.JsonFields.join;
import static com.smartstore.oms.intake.mapping.JsonFields.nonEmptyArray;
import static com.smartstore.oms.intake.mapping.JsonFields.object;
import static com.smartstore.oms.intake.mapping.JsonFields.optDecimal;
import static com.smartstore.oms.intake.mapping.JsonFields.optInstant;
import static com.smartstore.oms.intake.mapping.JsonFields.optText;
import static com.smartstore.oms.intake.mapping.JsonFields.positiveInt;
import static com.smartstore.oms.intake.mapping.JsonFields.text;
import static com.smartstore.oms.intake.mapping.PlatformText.address;
import static com.smartstore.oms.intake.mapping.PlatformText.attributes;
import static com.smartstore.oms.intake.mapping.PlatformText.blankIfMissing;
import static com.smartstore.oms.intake.mapping.PlatformText.cut;

import com.fasterxml.jackson.databind.JsonNode;
import com.smartstore.oms.contracts.events.OrderReceived;
import com.smartstore.oms.contracts.events.PaymentMethod;
import com.smartstore.oms.contracts.events.SalesChannel;
import com.smartstore.oms.intake.command.CreateOrderRequest;
import com.smartstore.oms.intake.domain.PlatformDetails;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Maps a WooCommerce {@code order.created} webhook body (the REST API v3 order) onto our order. Line {@code subtotal}
 * is before coupons and {@code total} after, both without tax; {@code total_tax} comes on top, so our total is lines
 * + shipping + tax; fees ({@code fee_lines}) are what the platform charged besides. WooCommerce has one currency per
 * order and no shop-currency amounts. Never fails: what cannot be read is a problem of the result (a DATA_ERROR
 * case), contact data is kept as given.
 */
public final class WooCommerceOrderMapper {
    /** Statuses of an order WooCommerce had cancelled (or refunded in full) before it reached us. */
    private static final Set<String> CANCELLED = Set.of("cancelled", "refunded", "trash");

    /** Statuses of an order the customer has paid for. */
    private static final Set<String> PAID = Set.of("processing", "completed");

    public PlatformOrder map(JsonNode o) {
        Problems problems = new Problems();
        String id = problems.attempt(() -> text(o, "id", ""));
        String currency = upper(optText(o, "currency"));
        JsonNode billing = problems.attempt(() -> object(o, "billing", ""));
        String name = firstOf(
                join(optText(billing, "first_name"), optText(billing, "last_name")), optText(billing, "company"));
        // WooCommerce leaves the shipping address empty when the customer ships to the billing address.
        JsonNode shipping = o.get("shipping");
        boolean shipToBilling = shipping == null || optText(shipping, "address_1") == null;
        JsonNode to = shipToBilling ? billing : shipping;
        String prefix = shipToBilling ? "billing" : "shipping";
        CreateOrderRequest.Address address = to == null
                ? null
                : problems.attempt(() -> address(
                        join(optText(to, "first_name"), optText(to, "last_name"), optText(to, "company")),
                        blankIfMissing(optText(to, "address_1")),
                        optText(to, "address_2"),
                        blankIfMissing(optText(to, "city")),
                        optText(to, "state"),
                        blankIfMissing(optText(to, "postcode")),
                        text(to, "country", prefix).toUpperCase(Locale.ROOT)));

        List<CreateOrderRequest.Line> lines = new ArrayList<>();
        List<PlatformDetails.Line> lineFacts = new ArrayList<>();
        JsonNode items = problems.attempt(() -> nonEmptyArray(o, "line_items", ""));
        if (items != null) {
            for (int i = 0; i < items.size(); i++) {
                JsonNode item = items.get(i);
                lines.add(line(item, "line_items[" + i + "]", problems));
                String variation = optText(item, "variation_id");
                lineFacts.add(new PlatformDetails.Line(
                        null,
                        optText(item, "product_id"),
                        "0".equals(variation) ? null : variation,
                        optText(item, "id"),
                        null,
                        attributes(item.path("meta_data"), "key", "value")));
            }
        }
        List<CreateOrderRequest.ShippingLine> shippingLines = new ArrayList<>();
        JsonNode shippingItems = o.get("shipping_lines");
        if (shippingItems != null && shippingItems.isArray()) {
            for (int i = 0; i < shippingItems.size(); i++) {
                JsonNode s = shippingItems.get(i);
                String p = "shipping_lines[" + i + "]";
                shippingLines.add(new CreateOrderRequest.ShippingLine(
                        cut(firstOf(optText(s, "method_title"), optText(s, "method_id"), "Shipping"), 200),
                        cut(optText(s, "method_id"), 100),
                        problems.attempt(() -> decimal(s, "total", p))));
            }
        }
        BigDecimal tax = problems.attempt(() -> optDecimal(o, "total_tax", ""));
        BigDecimal total = problems.attempt(() -> decimal(o, "total", ""));
        String status = optText(o, "status");
        boolean cashOnDelivery = "cod".equals(optText(o, "payment_method"));
        Instant paidAt = isOneOf(o, "status", PAID) || status == null
                ? problems.attempt(() -> optInstant(o, "date_paid_gmt", ""))
                : null;
        var payment = cashOnDelivery
                ? new CreateOrderRequest.Payment(PaymentMethod.CASH_ON_DELIVERY, total, null)
                : new CreateOrderRequest.Payment(PaymentMethod.ONLINE, total, paidAt);

        String phone = firstOf(optText(billing, "phone"), optText(shipping, "phone"));
        var order = new CreateOrderRequest(
                new CreateOrderRequest.Customer(
                        PlatformText.contact(name, 200), cut(phone, 40), cut(optText(billing, "email"), 200)),
                address,
                lines,
                new CreateOrderRequest.Remarks(cut(optText(o, "customer_note"), 2000), cut(giftNote(o), 500), null),
                payment,
                SalesChannel.WOOCOMMERCE,
                shippingLines,
                tax);
        boolean cancelled = isOneOf(o, "status", CANCELLED);
        Instant cancelledAt = cancelled
                ? firstOf(
                        problems.attempt(() -> optInstant(o, "date_modified_gmt", "")),
                        problems.attempt(() -> optInstant(o, "date_created_gmt", "")),
                        Instant.now())
                : null;
        var platform = new OrderReceived.Platform(
                optText(o, "number") == null ? null : "#" + optText(o, "number"),
                null,
                status,
                cancelledAt,
                cancelled ? status : null,
                total == null ? null : amounts(o, lines, total, tax, problems),
                null,
                null,
                couponCodes(o),
                attributes(o.path("meta_data"), "key", "value"));
        return new PlatformOrder(id, order, new PlatformDetails(currency, platform, lineFacts), problems.list());
    }

    /**
     * Unit price from the pre-coupon subtotal, rounded up to the cent, and the discount whatever makes the line
     * total WooCommerce's: rounding up keeps the discount from going negative (3 for 10.00 is 3.34 each, 0.02 off).
     */
    private static CreateOrderRequest.Line line(JsonNode item, String prefix, Problems problems) {
        Integer quantity = problems.attempt(() -> positiveInt(item, "quantity", prefix));
        BigDecimal subtotal = problems.attempt(() -> decimal(item, "subtotal", prefix));
        BigDecimal total = problems.attempt(() -> decimal(item, "total", prefix));
        BigDecimal unitPrice = null;
        BigDecimal discount = BigDecimal.ZERO;
        if (quantity != null && subtotal != null) {
            unitPrice = subtotal.divide(BigDecimal.valueOf(quantity), 2, RoundingMode.CEILING);
            if (total != null) {
                BigDecimal off =
                        unitPrice.multiply(BigDecimal.valueOf(quantity)).subtract(total);
                discount = off.signum() < 0 ? BigDecimal.ZERO : off;
            }
        }
        List<String> spec = new ArrayList<>();
        // Variation attributes arrive as meta data; keys starting with "_" are WooCommerce's own bookkeeping.
        for (JsonNode meta : item.path("meta_data")) {
            String key = firstOf(optText(meta, "display_key"), optText(meta, "key"));
            String value = firstOf(optText(meta, "display_value"), optText(meta, "value"));
            if (key != null && value != null && !key.startsWith("_")) {
                spec.add(key + ": " + value);
            }
        }
        String productName = firstOf(optText(item, "name"), optText(item, "parent_name"));
        if (productName == null) {
            problems.add(prefix + ".name", "is missing or blank");
        }
        return new CreateOrderRequest.Line(
                cut(optText(item, "sku"), 64),
                cut(productName, 200),
                spec.isEmpty() ? null : cut(String.join(", ", spec), 200),
                quantity == null ? 0 : quantity,
                unitPrice,
                discount);
    }

    /** What WooCommerce charged: the order's own totals; fees are what it charged besides lines, shipping and tax. */
    private static OrderReceived.Amounts amounts(
            JsonNode o, List<CreateOrderRequest.Line> lines, BigDecimal total, BigDecimal tax, Problems problems) {
        BigDecimal subtotal = BigDecimal.ZERO;
        for (JsonNode item : o.path("line_items")) {
            BigDecimal amount = problems.attempt(() -> optDecimal(item, "subtotal", "line_items[]"));
            subtotal = amount == null ? subtotal : subtotal.add(amount);
        }
        BigDecimal fees = null;
        JsonNode feeLines = o.get("fee_lines");
        if (feeLines != null && feeLines.isArray()) {
            for (int i = 0; i < feeLines.size(); i++) {
                JsonNode fee = feeLines.get(i);
                String prefix = "fee_lines[" + i + "]";
                BigDecimal amount = problems.attempt(() -> optDecimal(fee, "total", prefix));
                if (amount != null) {
                    fees = fees == null ? amount : fees.add(amount);
                }
            }
        }
        return new OrderReceived.Amounts(
                total,
                lines.isEmpty() ? null : subtotal,
                problems.attempt(() -> optDecimal(o, "discount_total", "")),
                problems.attempt(() -> optDecimal(o, "shipping_total", "")),
                tax,
                o.path("prices_include_tax").isBoolean()
                        ? o.get("prices_include_tax").asBoolean()
                        : null,
                fees);
    }

    private static String giftNote(JsonNode o) {
        for (JsonNode meta : o.path("meta_data")) {
            String key = optText(meta, "key");
            if (key != null && key.toLowerCase(Locale.ROOT).replace("_", "").contains("gift") && !key.startsWith("_")) {
                return optText(meta, "value");
            }
        }
        return null;
    }

    private static List<String> couponCodes(JsonNode o) {
        List<String> codes = new ArrayList<>();
        for (JsonNode coupon : o.path("coupon_lines")) {
            String code = optText(coupon, "code");
            if (code != null) {
                codes.add(cut(code, 100));
            }
        }
        return codes.isEmpty() ? null : codes;
    }

    private static String upper(String currency) {
        return currency == null ? null : currency.toUpperCase(Locale.ROOT);
    }
}
