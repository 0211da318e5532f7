package com.smartstore.oms.review.domain;

import com.smartstore.oms.contracts.events.OrderReceived;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every SKU of the order is available in the quantity ordered, counting all warehouses together. */
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
        order.lines().forEach(line -> ordered.merge(line.sku(), line.quantity(), Integer::sum));
        List<String> shortages = ordered.entrySet().stream()
                .filter(e -> facts.available(e.getKey()) < e.getValue())
                .map(e -> "%s: %d ordered, %s"
                        .formatted(e.getKey(), e.getValue(), availability(facts.available(e.getKey()))))
                .toList();
        if (shortages.isEmpty()) {
            return RuleResult.pass(
                    NAME, "Enough stock across all warehouses for all " + ordered.size() + " SKU(s) ordered");
        }
        return RuleResult.fail(NAME, "Not enough stock across all warehouses: " + String.join("; ", shortages));
    }

    private static String availability(int available) {
        return available <= 0 ? "none available" : "only " + available + " available";
    }
}
