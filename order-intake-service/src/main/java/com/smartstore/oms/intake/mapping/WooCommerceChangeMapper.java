package com.smartstore.oms.intake.mapping;

import static com.smartstore.oms.intake.mapping.JsonFields.decimal;
import static com.smartstore.oms.intake.mapping.JsonFields.isOneOf;
import static com.smartstore.oms.intake.mapping.JsonFields.optInstant;
import static com.smartstore.oms.intake.mapping.JsonFields.optText;
import static com.smartstore.oms.intake.mapping.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.smartstore.oms.intake.domain.WebhookTopic;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Maps WooCommerce's later-life deliveries: {@code order.updated} carries the whole order (REST API v3), whose
 * {@code status} says what happened ({@code cancelled}, {@code refunded}, {@code trash}: cancelled; {@code processing},
 * {@code completed} with {@code date_paid_gmt}: paid; {@code on-hold}); {@code order.deleted} carries only the id.
 */
public final class WooCommerceChangeMapper {
    private static final Set<String> CANCELLED = Set.of("cancelled", "refunded", "trash");
    private static final Set<String> PAID = Set.of("processing", "completed");

    private static final String MODIFIED = "date_modified_gmt";

    private final WooCommerceOrderMapper orders = new WooCommerceOrderMapper();

    /** WooCommerce's time of the order state a body carries (UTC); null when the body has none it can read. */
    public static Instant updatedAt(JsonNode order) {
        try {
            return optInstant(order, MODIFIED, "");
        } catch (UnmappableOrder unreadable) {
            return null;
        }
    }

    public PlatformChange map(WebhookTopic topic, JsonNode o) {
        return topic == WebhookTopic.ORDER_DELETED ? deleted(o) : updated(o);
    }

    private PlatformChange updated(JsonNode o) {
        Problems problems = new Problems();
        PlatformOrder full = orders.map(o);
        String id = full.externalOrderId();
        String status = optText(o, "status");
        Instant modified = problems.attempt(() -> optInstant(o, MODIFIED, ""));
        var cancellation = isOneOf(o, "status", CANCELLED)
                ? new PlatformChange.Cancellation(modified, "status " + status + " on WooCommerce")
                : null;
        String currency = upper(optText(o, "currency"));
        return new PlatformChange(
                id,
                modified,
                full,
                status,
                cancellation,
                capture(o, id, status, currency, problems),
                refunds(o, currency, problems),
                "on-hold".equals(status),
                problems.list());
    }

    private static PlatformChange.Capture capture(
            JsonNode o, String id, String status, String currency, Problems problems) {
        if (!isOneOf(o, "status", PAID) || "cod".equals(optText(o, "payment_method"))) {
            return null;
        }
        Instant paidAt = problems.attempt(() -> optInstant(o, "date_paid_gmt", ""));
        var total = problems.attempt(() -> decimal(o, "total", ""));
        if (paidAt == null || total == null) {
            return null;
        }
        return new PlatformChange.Capture("woocommerce:order:" + id + ":paid", total, currency, paidAt);
    }

    /** WooCommerce lists an order's refunds as {@code {id, reason, total}} with a negative total. */
    private static List<PlatformChange.Refund> refunds(JsonNode o, String currency, Problems problems) {
        List<PlatformChange.Refund> found = new ArrayList<>();
        JsonNode refunds = o.path("refunds");
        for (int i = 0; i < refunds.size(); i++) {
            JsonNode r = refunds.get(i);
            String p = "refunds[" + i + "]";
            String refundId = problems.attempt(() -> text(r, "id", p));
            var total = problems.attempt(() -> decimal(r, "total", p));
            if (refundId != null && total != null) {
                found.add(new PlatformChange.Refund(
                        "woocommerce:refund:" + refundId,
                        total.abs(),
                        currency,
                        null,
                        PlatformText.cut(optText(r, "reason"), 500)));
            }
        }
        return found;
    }

    /** WooCommerce sends a deleted order as {@code {"id": n}}: the merchant deleted it for good. */
    private static PlatformChange deleted(JsonNode o) {
        Problems problems = new Problems();
        String id = problems.attempt(() -> text(o, "id", ""));
        return new PlatformChange(
                id,
                null,
                null,
                null,
                new PlatformChange.Cancellation(null, "deleted on WooCommerce"),
                null,
                List.of(),
                false,
                problems.list());
    }

    private static String upper(String currency) {
        return currency == null ? null : currency.toUpperCase(Locale.ROOT);
    }
}
