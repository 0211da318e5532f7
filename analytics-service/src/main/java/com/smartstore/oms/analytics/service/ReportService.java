package com.smartstore.oms.analytics.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.smartstore.oms.analytics.domain.Period;
import com.smartstore.oms.analytics.domain.ReportKind;
import com.smartstore.oms.analytics.repository.ReportRepository;
import com.smartstore.oms.analytics.rest.ReportContent;
import com.smartstore.oms.analytics.rest.ReportSummary;
import com.smartstore.oms.analytics.rest.TimeRange;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Makes reports (R-A6): the figures of a period, from the daily figures, stored as they are now. Scheduled ones
 * (daily, weekly, monthly) are made once per period when the period is over, by the service's {@link Clock}.
 */
@ApplicationScoped
public class ReportService {
    private static final Logger LOG = Logger.getLogger(ReportService.class);
    public static final String SCHEDULE = "schedule";

    private final AnalyticsQueries queries;
    private final ReportRepository reports;
    private final ObjectMapper json;
    private final Clock clock;

    public ReportService(AnalyticsQueries queries, ReportRepository reports, ObjectMapper json, Clock clock) {
        this.queries = queries;
        this.reports = reports;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Makes and stores a report of {@code [from, to)} (days), in the caller's transaction. A DAILY, WEEKLY or MONTHLY
     * report is made once per period: when its period has one, that one is answered and nothing is computed.
     */
    public Uni<Generated> generate(ReportKind kind, LocalDate from, LocalDate to, String by) {
        if (kind == ReportKind.ON_DEMAND) {
            return make(kind, from, to, by);
        }
        return reports.made(kind.name(), from)
                .chain(made ->
                        made != null ? Uni.createFrom().item(new Generated(made, false)) : make(kind, from, to, by));
    }

    private Uni<Generated> make(ReportKind kind, LocalDate from, LocalDate to, String by) {
        TimeRange range = new TimeRange(
                from.atStartOfDay(ZoneOffset.UTC).toInstant(),
                to.atStartOfDay(ZoneOffset.UTC).toInstant());
        Period grouping = kind.grouping();
        Instant at = clock.instant();
        UUID id = UUID.randomUUID();
        return queries.volume(range, grouping)
                .chain(volume -> queries.timeToShip(range)
                        .chain(tts -> queries.stages(range)
                                .chain(stages -> queries.exceptions(range, grouping)
                                        .chain(exceptions -> queries.sla(range, grouping)
                                                .chain(sla -> queries.staff(range)
                                                        .chain(staff -> queries.returns(range, grouping)
                                                                .map(returns -> new ReportContent(
                                                                        kind.name(),
                                                                        from,
                                                                        to,
                                                                        at,
                                                                        by,
                                                                        volume,
                                                                        tts,
                                                                        stages,
                                                                        exceptions,
                                                                        sla,
                                                                        staff,
                                                                        returns))))))))
                .chain(content -> reports.add(id, kind.name(), from, to, at, by, write(content)))
                .chain(stored -> stored
                        ? Uni.createFrom()
                                .item(new Generated(new ReportSummary(id, kind.name(), from, to, at, by), true))
                        // Another instance made the period's report meanwhile: that one.
                        : reports.made(kind.name(), from).map(made -> new Generated(made, false)));
    }

    /** A report asked for, and whether this request made it (false: its period's report existed already). */
    public record Generated(ReportSummary summary, boolean created) {}

    /** Makes the daily, weekly and monthly reports of the last full periods that have none yet. */
    public Uni<Void> generateDue() {
        LocalDate today = LocalDate.now(clock);
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (ReportKind kind : new ReportKind[] {ReportKind.DAILY, ReportKind.WEEKLY, ReportKind.MONTHLY}) {
            LocalDate from = kind.lastFullPeriodStart(today);
            LocalDate to = kind.periodEnd(from);
            chain = chain.chain(() -> Panache.withTransaction(() -> generate(kind, from, to, SCHEDULE)
                    .invoke(made -> {
                        if (made.created()) {
                            LOG.infof("made the %s report of %s to %s", kind, from, to);
                        }
                    })
                    .replaceWithVoid()));
        }
        return chain;
    }

    public ReportContent read(String content) {
        try {
            return json.readValue(content, ReportContent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored report is not a report", e);
        }
    }

    private String write(ReportContent content) {
        try {
            return json.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
