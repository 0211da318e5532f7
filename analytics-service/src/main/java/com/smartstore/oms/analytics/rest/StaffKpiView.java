package com.smartstore.oms.analytics.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * One staff member's KPIs over a range (R-A7, R-T2), from the actor the events record: the steps they did, the SLA
 * breaches whose owner they were, timeliness (the share of their steps without a breach they owned), the average
 * satisfaction of the exception cases they resolved, the orders they keyed in (order-received's {@code enteredBy}, on
 * the day received; also the step {@code entered}), how many of those were rejected or corrected (a revision above
 * 1), and entry accuracy: the share of their entered orders neither rejected nor corrected (null when none).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record StaffKpiView(
        String user,
        Map<String, Long> steps,
        long stepsTotal,
        long slaBreaches,
        Double timeliness,
        Double caseSatisfactionAverage,
        long ordersEntered,
        Double entryAccuracy,
        long entriesRejectedOrCorrected,
        List<String> notAvailable) {

    public static final List<String> NOT_AVAILABLE =
            List.of("returnRate: the returns events do not name who handled the order's steps per return yet");
}
