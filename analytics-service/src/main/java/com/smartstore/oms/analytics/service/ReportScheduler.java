package com.smartstore.oms.analytics.service;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Checks now and then whether a day, week or month has ended without its report, and makes it (R-A6). Tests call
 * {@link ReportService#generateDue()} after moving the {@code TestClock} instead (the check is off there).
 */
@ApplicationScoped
public class ReportScheduler {
    private final ReportService reports;

    public ReportScheduler(ReportService reports) {
        this.reports = reports;
    }

    @Scheduled(
            identity = "analytics-reports",
            every = "${oms.analytics.reports.every:15m}",
            delayed = "${oms.analytics.reports.delay:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> check() {
        return reports.generateDue();
    }
}
