package com.smartstore.oms.intake.mapping;

import static com.smartstore.oms.intake.mapping.JsonFields.decimal;
import static com.smartstore.oms.intake.mapping.JsonFields.firstOf;
import static com.smartstore.oms.intake.mapping.JsonFields.isOneOf;
import static com.smartstore.oms.intake.mapping.JsonFields.join;
import static com.smartstore.oms.intake.mapping.JsonFields.nonEmptyArray;
import static com.smartstore.oms.intake.mapping.JsonFields.object;
import static com.smartstore.oms.intake.mapping.JsonFields.optDecimal;
import static com.smartstore.oms.intake.mapping.JsonFields.optText;
import static com.smartstore.oms.intake.mapping.JsonFields.positiveInt;
import static com.smartstore.oms.intake.mapping.JsonFields.text;
import static com.smartstore.oms.intake.mapping.PlatformText.address;
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
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Maps a BigCommerce order as its V2 API gives it ({@code {order, products, shipping_addresses}}: the bodies of
 * {@code GET /v2/orders/{id}}, {@code .../products} and {@code .../shipping_addresses}) onto our order. Prices are
 * taken without tax ({@code price_ex_tax}, {@code shipping_cost_ex_tax}) with {@code total_tax} on top; a line's
 * {@code applied_discounts} reduce it. Never fails: what cannot be read is a problem (a DATA_ERROR case).
 */
public final class BigCommerceOrderMapper {
    /** Payment statuses of an order the customer has paid for. */
    private static final Set<String> PAID = Set.of("captured", "paid");

    /** BigCommerce's status ids of a cancelled or refunded order. */
    private static final Set<String> CANCELLED = Set.of("4", "5");

    public PlatformOrder map(JsonNode fetched) {
        Problems problems = new Problems();
        JsonNode o = fetched.path("order");
        String id = problems.attempt(() -> text(o, "id", "order"));
        JsonNode billing = problems.attempt(() -> object(o, "billing_address", "order"));
        JsonNode shipping = fetched.path("shipping_addresses").path(0);
        JsonNode to = shipping.isObject() ? shipping : billing;
        String prefix = shipping.isObject() ? "shipping_addresses[0]" : "order.billing_address";
        var address = to == null ? null : problems.attempt(() -> shipTo(to, prefix));

        List<CreateOrderRequest.Line> lines = new ArrayList<>();
        List<PlatformDetails.Line> facts = new ArrayList<>();
        JsonNode products = problems.attempt(() -> nonEmptyArray(fetched, "products", ""));
        if (products != null) {
            for (int i = 0; i < products.size(); i++) {
                JsonNode item = products.get(i);
                lines.add(line(item, "products[" + i + "]", problems));
                String variant = optText(item, "variant_id");
                facts.add(new PlatformDetails.Line(
                        null,
                        optText(item, "product_id"),
                        "0".equals(variant) ? null : variant,
                        optText(item, "id"),
                        null,
                        null));
            }
        }
        BigDecimal shippingCost = money(problems.attempt(() -> optDecimal(o, "shipping_cost_ex_tax", "order")));
        var shippingLines = shippingCost == null
                ? List.<CreateOrderRequest.ShippingLine>of()
                : List.of(new CreateOrderRequest.ShippingLine(
                        cut(firstOf(optText(shipping, "shipping_method"), "Shipping"), 200), null, shippingCost));
        BigDecimal tax = money(problems.attempt(() -> optDecimal(o, "total_tax", "order")));
        BigDecimal total = money(problems.attempt(() -> decimal(o, "total_inc_tax", "order")));
        String phone = firstOf(optText(billing, "phone"), optText(shipping, "phone"));
        var order = new CreateOrderRequest(
                new CreateOrderRequest.Customer(
                        PlatformText.contact(join(optText(billing, "first_name"), optText(billing, "last_name")), 200),
                        cut(phone, 40),
                        cut(firstOf(optText(billing, "email"), optText(shipping, "email")), 200)),
                address,
                lines,
                new CreateOrderRequest.Remarks(cut(optText(o, "customer_message"), 2000), null, null),
                payment(o, total, problems),
                SalesChannel.BIGCOMMERCE,
                shippingLines,
                tax);
        String currency = optText(o, "currency_code");
        return new PlatformOrder(
                id,
                order,
                new PlatformDetails(
                        currency == null ? null : currency.toUpperCase(Locale.ROOT),
                        platform(o, id, total, tax, shippingCost, problems),
                        facts),
                problems.list());
    }

    private static CreateOrderRequest.Address shipTo(JsonNode a, String prefix) {
        return address(
                join(optText(a, "first_name"), optText(a, "last_name"), optText(a, "company")),
                blankIfMissing(optText(a, "street_1")),
                optText(a, "street_2"),
                blankIfMissing(optText(a, "city")),
                optText(a, "state"),
                blankIfMissing(optText(a, "zip")),
                text(a, "country_iso2", prefix).toUpperCase(Locale.ROOT));
    }

    private static CreateOrderRequest.Line line(JsonNode item, String prefix, Problems problems) {
        Integer quantity = problems.attempt(() -> positiveInt(item, "quantity", prefix));
        BigDecimal price = money(problems.attempt(() -> decimal(item, "price_ex_tax", prefix)));
        BigDecimal discount = BigDecimal.ZERO;
        for (JsonNode applied : item.path("applied_discounts")) {
            BigDecimal amount =
                    money(problems.attempt(() -> optDecimal(applied, "amount", prefix + ".applied_discounts[]")));
            discount = amount == null ? discount : discount.add(amount);
        }
        List<String> spec = new ArrayList<>();
        for (JsonNode option : item.path("product_options")) {
            String name = firstOf(optText(option, "display_name"), optText(option, "name"));
            String value = firstOf(optText(option, "display_value"), optText(option, "value"));
            if (name != null && value != null) {
                spec.add(name + ": " + value);
            }
        }
        String name = optText(item, "name");
        if (name == null) {
            problems.add(prefix + ".name", "is missing or blank");
        }
        return new CreateOrderRequest.Line(
                cut(optText(item, "sku"), 64),
                cut(name, 200),
                spec.isEmpty() ? null : cut(String.join(", ", spec), 200),
                quantity == null ? 0 : quantity,
                price,
                discount);
    }

    /** Cash on delivery when the payment method says so; paid (at creation) when the payment was captured. */
    private static CreateOrderRequest.Payment payment(JsonNode o, BigDecimal total, Problems problems) {
        String method = optText(o, "payment_method");
        if (method != null && method.toLowerCase(Locale.ROOT).contains("cash on delivery")) {
            return new CreateOrderRequest.Payment(PaymentMethod.CASH_ON_DELIVERY, total, null);
        }
        Instant paidAt = isOneOf(o, "payment_status", PAID) ? problems.attempt(() -> rfc1123(o, "date_created")) : null;
        return new CreateOrderRequest.Payment(PaymentMethod.ONLINE, total, paidAt);
    }

    private static OrderReceived.Platform platform(
            JsonNode o, String id, BigDecimal total, BigDecimal tax, BigDecimal shipping, Problems problems) {
        boolean cancelled = isOneOf(o, "status_id", CANCELLED);
        return new OrderReceived.Platform(
                id == null ? null : "#" + id,
                null,
                optText(o, "status"),
                cancelled ? firstOf(problems.attempt(() -> rfc1123(o, "date_modified")), Instant.now()) : null,
                cancelled ? optText(o, "status") : null,
                total == null
                        ? null
                        : new OrderReceived.Amounts(
                                total,
                                money(problems.attempt(() -> optDecimal(o, "subtotal_ex_tax", "order"))),
                                money(problems.attempt(() -> optDecimal(o, "discount_amount", "order"))),
                                shipping,
                                tax,
                                false,
                                null),
                null,
                null,
                null,
                null);
    }

    /** BigCommerce keeps amounts with four decimals ({@code "24.0000"}); an order holds cents. */
    private static BigDecimal money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** BigCommerce's V2 dates: {@code Tue, 20 Nov 2012 00:00:00 +0000}. */
    private static Instant rfc1123(JsonNode node, String name) {
        String value = optText(node, name);
        if (value == null) {
            return null;
        }
        try {
            return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
        } catch (DateTimeParseException e) {
            throw new UnmappableOrder("order." + name, "is not a date: " + JsonText.truncate(value, 40));
        }
    }
}
