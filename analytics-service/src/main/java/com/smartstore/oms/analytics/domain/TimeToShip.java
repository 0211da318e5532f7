package com.smartstore.oms.analytics.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * How long shipped orders took from receipt to shipping, and how long each stage took, to find the
 * bottleneck (R-A4). Each figure counts only the orders whose two ends are known: an order whose
 * approval event has not arrived yet still counts for received-to-shipped. A negative stage (the clocks of two services disagree) is
 * kept rather than hidden, so the figures show it.
 */
public record TimeToShip(
        int shippedOrders,
        DurationStatistics receivedToShipped,
        DurationStatistics receivedToApproved,
        DurationStatistics approvedToPicked,
        DurationStatistics pickedToShipped) {

    public static TimeToShip of(List<ShippedOrderTimes> orders) {
        return new TimeToShip(
                orders.size(),
                stage(orders, ShippedOrderTimes::receivedAt, ShippedOrderTimes::shippedAt),
                stage(orders, ShippedOrderTimes::receivedAt, ShippedOrderTimes::approvedAt),
                stage(orders, ShippedOrderTimes::approvedAt, ShippedOrderTimes::pickedAt),
                stage(orders, ShippedOrderTimes::pickedAt, ShippedOrderTimes::shippedAt));
    }

    private static DurationStatistics stage(
            List<ShippedOrderTimes> orders,
            Function<ShippedOrderTimes, Instant> start,
            Function<ShippedOrderTimes, Instant> end) {
        List<Duration> durations = orders.stream()
                .map(o -> ShippedOrderTimes.between(start.apply(o), end.apply(o)))
                .flatMap(Optional::stream)
                .toList();
        return DurationStatistics.of(durations);
    }
}
