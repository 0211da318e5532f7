package com.smartstore.oms.analytics.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * One staff member's KPIs over a range (R-A7, R-T2), from the actor the events record: the steps they did, the SLA
 * breaches whose owner they were, timeliness (the share of their steps without a breach they owned), and the average
 * satisfaction of the exception cases they resolved. {@code ordersEntered} and {@code entryAccuracy} are null: no
 * event records who entered an order (order-received has no actor), see docs/analytics.md.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record StaffKpiView(
        String user,
        Map<String, Long> steps,
        long stepsTotal,
        long slaBreaches,
        Double timeliness,
        Double caseSatisfactionAverage,
        Long ordersEntered,
        Double entryAccuracy,
        List<String> notAvailable) {

    public static final List<String> NOT_AVAILABLE = List.of(
            "ordersEntered: order-received records no actor",
            "entryAccuracy: needs orders entered per person",
            "returnRate: waits for the returns events");
}
