package com.smartstore.oms.review.domain;

import com.smartstore.oms.contracts.events.OrderReceived;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The same customer ordered the same items (SKU and quantity) shortly before in another order: often a
 * double submission, so a person checks before both ship.
 */
public final class SuspectedDuplicateRule implements ReviewRule {
    public static final String NAME = "suspected-duplicate";

    private final Duration window;

    public SuspectedDuplicateRule(Duration window) {
        if (window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException(
                    "oms.review.rules.suspected-duplicate.window must be positive, was " + window);
        }
        this.window = window;
    }

    /** The order's items as one comparable text: SKU x quantity, summed per SKU, sorted by SKU. */
    public static String itemsKey(List<OrderReceived.Line> lines) {
        Map<String, Integer> bySku = new TreeMap<>();
        lines.forEach(l -> bySku.merge(l.sku(), l.quantity(), Integer::sum));
        return bySku.entrySet().stream()
                .map(e -> e.getKey() + "x" + e.getValue())
                .collect(Collectors.joining(","));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Map<String, String> settings() {
        return Map.of("oms.review.rules.suspected-duplicate.window", window.toString());
    }

    public Duration window() {
        return window;
    }

    @Override
    public RuleResult evaluate(OrderReceived order, ReviewFacts facts) {
        if (order.replacement() != null) {
            // Returns decided it (issue 12): it repeats the original order's items on purpose.
            return RuleResult.pass(
                    NAME,
                    "A replacement for return " + order.replacement().returnId() + " of order "
                            + order.replacement().originalOrderId() + ", not a repeat order");
        }
        String items = itemsKey(order.lines());
        List<String> earlier = facts.recentOrdersOfCustomer().stream()
                .filter(o -> !o.orderId().equals(order.orderId()))
                .filter(o -> o.customerPseudonym() != null
                        && o.customerPseudonym().equals(order.customer().pseudonym()))
                .filter(o -> o.itemsKey().equals(items))
                .filter(o -> Duration.between(o.receivedAt(), order.receivedAt())
                                .abs()
                                .compareTo(window)
                        <= 0)
                .map(o -> o.orderNumber() + " (received " + o.receivedAt() + ")")
                .distinct()
                .toList();
        if (earlier.isEmpty()) {
            return RuleResult.pass(
                    NAME, "No other order of this customer with the same items within " + describe(window));
        }
        return RuleResult.fail(
                NAME,
                "Possible duplicate: the same customer ordered the same items within " + describe(window) + " in order "
                        + String.join(", ", earlier));
    }

    private static String describe(Duration d) {
        return d.toMinutesPart() == 0 && d.toSecondsPart() == 0 ? d.toHours() + "h" : d.toMinutes() + " min";
    }
}
