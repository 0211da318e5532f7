package com.smartstore.oms.analytics.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One SLA breach (one per kind and subject), at its earliest detection. */
public record SlaBreachState(String kind, String subjectId, String service, String owner, Instant detectedAt) {

    /** Counted on the day it was detected: overall, per kind (the step), and for its owner when it has one. */
    public List<Fact> facts() {
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact(Metrics.SLA_BREACH, Metrics.ALL, Metrics.ALL, OrderFacts.day(detectedAt), 0));
        facts.add(new Fact(Metrics.SLA_BREACH, Metrics.KIND, kind, OrderFacts.day(detectedAt), 0));
        if (owner != null && !owner.isBlank()) {
            facts.add(new Fact(Metrics.STAFF_SLA_BREACH, Metrics.USER, owner, OrderFacts.day(detectedAt), 0));
        }
        return facts;
    }
}
