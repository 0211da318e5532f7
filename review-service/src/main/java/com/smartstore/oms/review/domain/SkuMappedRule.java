package com.smartstore.oms.review.domain;

import com.smartstore.oms.contracts.events.OrderReceived;
import com.smartstore.oms.contracts.events.SkuSource;
import com.smartstore.oms.kit.domain.Refusal;
import java.util.List;
import java.util.Locale;

/**
 * Every line names a product of ours (issue 10): a platform line that came without a SKU and that the channel's SKU
 * mappings did not know is carried with a placeholder (skuSource UNMAPPED) and holds the order until a clerk maps it
 * ({@code POST /api/orders/{id}/lines/{lineNo}/sku} in intake), which re-reviews the order.
 */
public final class SkuMappedRule implements ReviewRule {
    public static final String NAME = "sku-mapped";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public RuleResult evaluate(OrderReceived order, ReviewFacts facts) {
        List<String> unmapped = order.lines().stream()
                .filter(OrderReceived.Line::unmapped)
                .map(l -> "line " + l.lineNo() + " (" + l.productName() + ", " + platformIds(order, l) + ")")
                .toList();
        if (unmapped.isEmpty()) {
            long mapped = order.lines().stream()
                    .filter(l -> l.skuSource() != null && l.skuSource() != SkuSource.PLATFORM)
                    .count();
            return RuleResult.pass(
                    NAME,
                    "Every line has a SKU"
                            + (mapped == 0 ? "" : "; " + mapped + " mapped from the platform's product ids"));
        }
        return RuleResult.fail(
                NAME,
                "No SKU for " + String.join("; ", unmapped) + ": the platform sent none and the channel has no SKU"
                        + " mapping for it. Map the line in intake (POST /api/orders/" + order.orderId()
                        + "/lines/{lineNo}/sku, optionally remembering the mapping); the order is reviewed again");
    }

    /**
     * A reviewer cannot let an order go on while a line has no SKU of ours: the warehouse could not pick a placeholder
     * such as {@code shopify:variant:123}. The clerk maps the line in intake, which reviews the order again.
     *
     * @param results the review's stored rule results
     */
    public static void refuseApprovalWhileUnmapped(Review review, List<ReviewRuleResult> results) {
        results.stream()
                .filter(r -> NAME.equals(r.rule) && !r.passed)
                .findFirst()
                .ifPresent(unmapped -> {
                    throw Refusal.conflict(
                            "unmapped-lines",
                            "Order " + review.orderNumber + " cannot be approved while a line has no SKU of ours: "
                                    + unmapped.explanation);
                });
    }

    private static String platformIds(OrderReceived order, OrderReceived.Line line) {
        String channel = order.channel().name().toLowerCase(Locale.ROOT);
        if (line.platformProductId() == null) {
            return "a " + channel + " line without product";
        }
        return channel + " product " + line.platformProductId()
                + (line.platformVariantId() == null ? "" : " variant " + line.platformVariantId());
    }
}
