package com.smartstore.oms.review.domain;

import com.smartstore.oms.contracts.events.OrderReceived;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every SKU of the order is available in the quantity ordered, counting all warehouses together and
 * net of what orders approved before will take but the stock levels do not show yet (R-R1).
 */
public final class StockSufficientRule implements ReviewRule {
    public static final String NAME = "stock-sufficient";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public RuleResult evaluate(OrderReceived order, ReviewFacts facts) {
        // Two lines of the same SKU (e.g. a gift and a second one) draw on the same stock.
        Map<String, Integer> ordered = new LinkedHashMap<>();
        // A line without a SKU of ours yet draws on no stock: sku-mapped holds the order until it is mapped.
        order.lines().stream()
                .filter(line -> !line.unmapped())
                .forEach(line -> ordered.merge(line.sku(), line.quantity(), Integer::sum));
        List<String> shortages = ordered.entrySet().stream()
                .filter(e -> free(facts, e.getKey()) < e.getValue())
                .map(e -> "%s: %d ordered, %s".formatted(e.getKey(), e.getValue(), availability(facts, e.getKey())))
                .toList();
        if (shortages.isEmpty()) {
            return RuleResult.pass(
                    NAME, "Enough stock across all warehouses for all " + ordered.size() + " SKU(s) ordered");
        }
        return RuleResult.fail(NAME, "Not enough stock across all warehouses: " + String.join("; ", shortages));
    }

    private static int free(ReviewFacts facts, String sku) {
        return Math.max(0, facts.available(sku) - facts.inFlight(sku));
    }

    private static String availability(ReviewFacts facts, String sku) {
        int free = free(facts, sku);
        String text = free <= 0 ? "none available" : "only " + free + " available";
        int inFlight = facts.inFlight(sku);
        return inFlight == 0
                ? text
                : text + " (" + facts.available(sku) + " in stock, " + inFlight
                        + " taken by approved orders not yet in the stock levels)";
    }
}
