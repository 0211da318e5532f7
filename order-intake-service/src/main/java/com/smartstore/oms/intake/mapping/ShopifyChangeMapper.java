package com.smartstore.oms.intake.mapping;

import static com.smartstore.oms.intake.mapping.JsonFields.decimal;
import static com.smartstore.oms.intake.mapping.JsonFields.firstOf;
import static com.smartstore.oms.intake.mapping.JsonFields.optInstant;
import static com.smartstore.oms.intake.mapping.JsonFields.optText;
import static com.smartstore.oms.intake.mapping.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.smartstore.oms.intake.domain.WebhookTopic;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Maps Shopify's later-life deliveries: {@code orders/updated}, {@code orders/cancelled} and {@code orders/paid} carry
 * the whole order (the Admin REST Order resource, with its {@code refunds}); {@code refunds/create} carries one
 * refund with its {@code order_id}. Money counts from a refund's successful {@code refund} transactions only.
 */
public final class ShopifyChangeMapper {
    private final ShopifyOrderMapper orders = new ShopifyOrderMapper();

    private static final String UPDATED_AT = "updated_at";

    /** Shopify's time of the order state a body carries; null when the body has none it can read. */
    public static Instant updatedAt(JsonNode order) {
        try {
            return optInstant(order, UPDATED_AT, "");
        } catch (UnmappableOrder unreadable) {
            return null;
        }
    }

    public PlatformChange map(WebhookTopic topic, JsonNode o) {
        return topic == WebhookTopic.REFUND_CREATED ? refund(o) : order(o);
    }

    private PlatformChange order(JsonNode o) {
        Problems problems = new Problems();
        PlatformOrder full = orders.map(o);
        String id = full.externalOrderId();
        String status = optText(o, "financial_status");
        var cancelledAt = problems.attempt(() -> optInstant(o, "cancelled_at", ""));
        var cancellation = cancelledAt == null
                ? null
                : new PlatformChange.Cancellation(
                        cancelledAt, "cancelled on Shopify" + reason(optText(o, "cancel_reason")));
        List<PlatformChange.Refund> refunds = new ArrayList<>();
        JsonNode refundNodes = o.path("refunds");
        for (int i = 0; i < refundNodes.size(); i++) {
            refunds.addAll(refunds(refundNodes.get(i), "refunds[" + i + "]", problems));
        }
        return new PlatformChange(
                id,
                problems.attempt(() -> optInstant(o, UPDATED_AT, "")),
                full,
                status,
                cancellation,
                capture(id, status, full),
                refunds,
                false,
                problems.list());
    }

    /** Only {@code paid} is a capture of the whole order; {@code partially_paid} is kept as the platform's status. */
    private static PlatformChange.Capture capture(String id, String status, PlatformOrder full) {
        if (!"paid".equals(status) || full.order() == null || full.order().payment() == null) {
            return null;
        }
        var payment = full.order().payment();
        if (payment.paidAt() == null || payment.amount() == null) {
            return null;
        }
        String currency = full.details() == null ? null : full.details().currency();
        return new PlatformChange.Capture(
                "shopify:order:" + id + ":paid", payment.amount(), currency, payment.paidAt());
    }

    private static PlatformChange refund(JsonNode o) {
        Problems problems = new Problems();
        String orderId = problems.attempt(() -> text(o, "order_id", ""));
        var refunds = refunds(o, "", problems);
        return new PlatformChange(orderId, null, null, null, null, null, refunds, false, problems.list());
    }

    private static List<PlatformChange.Refund> refunds(JsonNode refund, String prefix, Problems problems) {
        List<PlatformChange.Refund> found = new ArrayList<>();
        var at = problems.attempt(
                () -> firstOf(optInstant(refund, "processed_at", prefix), optInstant(refund, "created_at", prefix)));
        String note = PlatformText.cut(optText(refund, "note"), 500);
        JsonNode transactions = refund.path("transactions");
        for (int i = 0; i < transactions.size(); i++) {
            JsonNode t = transactions.get(i);
            String p = JsonFields.path(prefix, "transactions[" + i + "]");
            if (!"refund".equals(optText(t, "kind")) || !"success".equals(optText(t, "status"))) {
                continue;
            }
            String transactionId = problems.attempt(() -> text(t, "id", p));
            var amount = problems.attempt(() -> decimal(t, "amount", p));
            String currency = optText(t, "currency");
            if (transactionId != null && amount != null) {
                found.add(new PlatformChange.Refund(
                        "shopify:refund:" + transactionId,
                        amount,
                        currency == null ? null : currency.toUpperCase(Locale.ROOT),
                        at,
                        note));
            }
        }
        return found;
    }

    private static String reason(String reason) {
        return reason == null ? "" : " (" + reason + ")";
    }
}
