package com.smartstore.oms.intake.mapping;

import static com.smartstore.oms.intake.mapping.JsonFields.firstOf;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Maps a Shopify {@code orders/create} webhook body (the Admin REST Order resource) onto our order. Line prices are
 * before discounts; each line's {@code discount_allocations} (order-level discounts included, Shopify allocates them
 * to lines) reduce that line; shipping lines count with their discounted price. Amounts are taken in the currency the
 * customer was charged in ({@code presentment_money}); the shop's currency ({@code shop_money}) is kept beside them.
 * Never fails: what cannot be read is a problem of the result (a DATA_ERROR case), contact data is kept as given.
 */
public final class ShopifyOrderMapper {

    public PlatformOrder map(JsonNode o) {
        Problems problems = new Problems();
        String id = problems.attempt(() -> text(o, "id", ""));
        String shopCurrency = upper(optText(o, "currency"));
        String currency = firstOf(upper(optText(o, "presentment_currency")), shopCurrency);
        // Shopify's plain amount fields are in the shop's currency; the *_set twins say it in both.
        boolean foreign = currency != null && shopCurrency != null && !currency.equals(shopCurrency);
        Money charged = new Money(foreign ? "presentment_money" : "shop_money", problems);
        Money shop = new Money("shop_money", problems);

        JsonNode customer = o.get("customer");
        JsonNode billing = o.get("billing_address");
        String name = firstOf(
                join(optText(customer, "first_name"), optText(customer, "last_name")),
                optText(billing, "name"),
                optText(o.get("shipping_address"), "name"));
        String email = firstOf(optText(o, "email"), optText(o, "contact_email"), optText(customer, "email"));
        JsonNode shippingNode = o.get("shipping_address");
        String phone = firstOf(
                optText(o, "phone"),
                optText(customer, "phone"),
                optText(shippingNode, "phone"),
                optText(billing, "phone"));

        CreateOrderRequest.Address address = problems.attempt(() -> shippingAddress(object(o, "shipping_address", "")));

        List<CreateOrderRequest.Line> lines = new ArrayList<>();
        List<PlatformDetails.Line> lineFacts = new ArrayList<>();
        JsonNode items = problems.attempt(() -> nonEmptyArray(o, "line_items", ""));
        if (items != null) {
            for (int i = 0; i < items.size(); i++) {
                String prefix = "line_items[" + i + "]";
                JsonNode item = items.get(i);
                lines.add(line(item, prefix, charged, problems));
                lineFacts.add(new PlatformDetails.Line(
                        null,
                        optText(item, "product_id"),
                        optText(item, "variant_id"),
                        optText(item, "id"),
                        foreign ? shop.amount(item, "price", prefix) : null,
                        attributes(item.path("properties"), "name", "value")));
            }
        }

        List<CreateOrderRequest.ShippingLine> shippingLines = new ArrayList<>();
        JsonNode shippingItems = o.get("shipping_lines");
        if (shippingItems != null && shippingItems.isArray()) {
            for (int i = 0; i < shippingItems.size(); i++) {
                JsonNode s = shippingItems.get(i);
                String prefix = "shipping_lines[" + i + "]";
                BigDecimal amount =
                        firstOf(charged.amount(s, "discounted_price", prefix), charged.amount(s, "price", prefix));
                if (amount == null) {
                    problems.add(prefix + ".price", "is missing");
                }
                shippingLines.add(new CreateOrderRequest.ShippingLine(
                        cut(firstOf(optText(s, "title"), optText(s, "code"), "Shipping"), 200),
                        cut(optText(s, "code"), 100),
                        amount));
            }
        }

        boolean taxesIncluded = o.path("taxes_included").asBoolean(false);
        BigDecimal tax = taxesIncluded ? BigDecimal.ZERO : charged.amount(o, "total_tax", "");

        var remarks = new CreateOrderRequest.Remarks(cut(optText(o, "note"), 2000), cut(giftNote(o), 500), null);
        var order = new CreateOrderRequest(
                new CreateOrderRequest.Customer(PlatformText.contact(name, 200), cut(phone, 40), cut(email, 200)),
                address,
                lines,
                remarks,
                payment(o, charged, problems),
                SalesChannel.SHOPIFY,
                shippingLines,
                tax);
        var platform = new OrderReceived.Platform(
                optText(o, "name"),
                o.path("test").isBoolean() ? o.get("test").asBoolean() : null,
                optText(o, "financial_status"),
                problems.attempt(() -> optInstant(o, "cancelled_at", "")),
                optText(o, "cancel_reason"),
                amounts(o, shippingLines, charged, taxesIncluded),
                shopCurrency,
                foreign ? amounts(o, null, shop, taxesIncluded) : null,
                discountCodes(o),
                attributes(o.path("note_attributes"), "name", "value"));
        return new PlatformOrder(id, order, new PlatformDetails(currency, platform, lineFacts), problems.list());
    }

    private static CreateOrderRequest.Address shippingAddress(JsonNode shipping) {
        return address(
                firstOf(
                        optText(shipping, "name"),
                        join(optText(shipping, "first_name"), optText(shipping, "last_name"))),
                blankIfMissing(optText(shipping, "address1")),
                join(optText(shipping, "company"), optText(shipping, "address2")),
                blankIfMissing(optText(shipping, "city")),
                firstOf(optText(shipping, "province_code"), optText(shipping, "province")),
                blankIfMissing(optText(shipping, "zip")),
                text(shipping, "country_code", "shipping_address").toUpperCase(Locale.ROOT));
    }

    private static CreateOrderRequest.Line line(JsonNode item, String prefix, Money charged, Problems problems) {
        List<String> spec = new ArrayList<>();
        if (optText(item, "variant_title") != null) {
            spec.add(optText(item, "variant_title"));
        }
        // Line item properties are what the customer specified on the product page (engraving, size notes);
        // names starting with "_" are apps' hidden bookkeeping.
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
                BigDecimal amount =
                        charged.amount(allocations.get(j), "amount", prefix + ".discount_allocations[" + j + "]");
                discount = amount == null ? discount : discount.add(amount);
            }
        } else {
            BigDecimal total = charged.amount(item, "total_discount", prefix);
            discount = total == null ? BigDecimal.ZERO : total;
        }
        String productName = firstOf(optText(item, "title"), optText(item, "name"));
        if (productName == null) {
            problems.add(prefix + ".title", "is missing or blank, and so is name");
        }
        Integer quantity = problems.attempt(() -> positiveInt(item, "quantity", prefix));
        BigDecimal price = charged.amount(item, "price", prefix);
        if (price == null) {
            problems.add(prefix + ".price", "is missing");
        }
        return new CreateOrderRequest.Line(
                cut(optText(item, "sku"), 64),
                cut(productName, 200),
                spec.isEmpty() ? null : cut(String.join("; ", spec), 200),
                quantity == null ? 0 : quantity,
                price,
                discount);
    }

    /** The note attribute that is a gift message: a "gift" one that says message or note, else the first "gift" one. */
    private static String giftNote(JsonNode o) {
        String gift = null;
        for (JsonNode attribute : o.path("note_attributes")) {
            String key = optText(attribute, "name");
            String name = key == null ? "" : key.toLowerCase(Locale.ROOT);
            if (name.contains("gift") && (name.contains("message") || name.contains("note"))) {
                return optText(attribute, "value");
            }
            if (gift == null && name.startsWith("gift")) {
                gift = optText(attribute, "value");
            }
        }
        return gift;
    }

    private static List<String> discountCodes(JsonNode o) {
        List<String> codes = new ArrayList<>();
        for (JsonNode code : o.path("discount_codes")) {
            String text = optText(code, "code");
            if (text != null) {
                codes.add(cut(text, 100));
            }
        }
        return codes.isEmpty() ? null : codes;
    }

    /**
     * What Shopify says it charged, in the currency of {@code money}; null without a total. Shipping is after
     * shipping discounts (the shipping lines' discounted prices, when {@code shippingLines} are given); other is tips
     * and duties.
     */
    private static OrderReceived.Amounts amounts(
            JsonNode o, List<CreateOrderRequest.ShippingLine> shippingLines, Money money, boolean taxesIncluded) {
        BigDecimal total = money.amount(o, "total_price", "");
        if (total == null) {
            return null;
        }
        BigDecimal shipping = shippingLines != null && !shippingLines.isEmpty()
                ? shippingLines.stream()
                        .map(CreateOrderRequest.ShippingLine::amount)
                        .filter(Objects::nonNull)
                        .reduce(BigDecimal.ZERO, BigDecimal::add)
                : money.amount(o, "total_shipping_price", "");
        BigDecimal tips = money.amount(o, "total_tip_received", "");
        BigDecimal duties = money.amount(o, "original_total_duties", "");
        BigDecimal other = add(tips, duties);
        return new OrderReceived.Amounts(
                total,
                money.amount(o, "total_line_items_price", ""),
                money.amount(o, "total_discounts", ""),
                shipping,
                money.amount(o, "total_tax", ""),
                taxesIncluded,
                other);
    }

    private static BigDecimal add(BigDecimal a, BigDecimal b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return a.add(b);
    }

    /**
     * Cash on delivery by gateway name; otherwise online, paid when Shopify says so (with what is still due
     * deducted). A voided, pending or refunded order is not paid.
     */
    private static CreateOrderRequest.Payment payment(JsonNode o, Money charged, Problems problems) {
        BigDecimal total = charged.amount(o, "total_price", "");
        if (total == null) {
            problems.add("total_price", "is missing");
        }
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
            paidAt =
                    problems.attempt(() -> firstOf(optInstant(o, "processed_at", ""), optInstant(o, "created_at", "")));
            BigDecimal outstanding = charged.amount(o, "total_outstanding", "");
            if ("partially_paid".equals(status) && outstanding != null && total != null) {
                amount = total.subtract(outstanding);
            }
        }
        return new CreateOrderRequest.Payment(PaymentMethod.ONLINE, amount, paidAt);
    }

    private static String upper(String currency) {
        return currency == null ? null : currency.toUpperCase(Locale.ROOT);
    }

    /**
     * Reads an amount in one of Shopify's two currencies: from {@code <field>_set.<which>.amount} when the order has
     * the set, else from the plain field (which is in the shop's currency, the same when nothing was converted).
     */
    private record Money(String which, Problems problems) {
        BigDecimal amount(JsonNode node, String field, String prefix) {
            JsonNode set = node == null ? null : node.get(field + "_set");
            JsonNode money = set == null ? null : set.get(which);
            if (money != null && money.isObject()) {
                return problems.attempt(
                        () -> optDecimal(money, "amount", JsonFields.path(prefix, field + "_set." + which)));
            }
            return problems.attempt(() -> optDecimal(node, field, prefix));
        }
    }
}
