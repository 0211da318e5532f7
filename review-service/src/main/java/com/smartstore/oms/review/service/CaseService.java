package com.smartstore.oms.review.service;

import com.smartstore.oms.contracts.events.OrderException;
import com.smartstore.oms.contracts.events.SlaBreached;
import com.smartstore.oms.kit.domain.Refusal;
import com.smartstore.oms.kit.outbox.Outbox;
import com.smartstore.oms.kit.persistence.Page;
import com.smartstore.oms.kit.service.ServiceName;
import com.smartstore.oms.review.domain.ExceptionCase;
import com.smartstore.oms.review.repository.CaseFilter;
import com.smartstore.oms.review.repository.CaseRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * The exception desk (R-E1..R-E8): opens cases from detections and staff flags, moves them through
 * their life cycle and escalates overdue ones ({@link CaseDeadline}); every step's history entry and {@code order-exception}
 * event are stored in the transaction that changes the case.
 */
@ApplicationScoped
public class CaseService {
    private static final Logger LOG = Logger.getLogger(CaseService.class);

    private final CaseRepository cases;
    private final Outbox outbox;
    private final ServiceName service;
    private final Clock clock;

    public CaseService(CaseRepository cases, Outbox outbox, ServiceName service, Clock clock) {
        this.cases = cases;
        this.outbox = outbox;
        this.service = service;
        this.clock = clock;
    }

    /** One page of cases and how many match over all pages. */
    /**
     * Opens a case for a detection, once per {@code exceptionId} (a re-published detection changes
     * nothing); runs inside the inbox's transaction.
     */
    public Uni<Void> openDetected(OrderException detected) {
        return cases.byExceptionId(detected.exceptionId()).chain(existing -> {
            if (existing != null) {
                LOG.infof("detection %s has case %s already", detected.exceptionId(), existing.id);
                return Uni.createFrom().voidItem();
            }
            ExceptionCase opened = ExceptionCase.fromDetection(detected);
            return store(opened, opened.open(detected.actor(), clock.instant())).replaceWithVoid();
        });
    }

    /** A member of staff flags an order as exceptional (R-E2). */
    @WithTransaction
    public Uni<CaseDetails> flag(ExceptionCase.Flag flag, String actor) {
        return Uni.createFrom()
                .item(() -> ExceptionCase.flagged(flag))
                .chain(opened ->
                        store(opened, opened.open(actor, clock.instant())).chain(() -> details(opened)));
    }

    @WithTransaction
    public Uni<CaseDetails> assign(UUID id, String manager, ExceptionCase.Assignment assignment) {
        return transition(id, c -> c.assign(manager, assignment, clock.instant()));
    }

    @WithTransaction
    public Uni<CaseDetails> resolve(UUID id, String actor, boolean finance, ExceptionCase.Resolution resolution) {
        return transition(id, c -> c.resolve(actor, finance, resolution, clock.instant()));
    }

    @WithTransaction
    public Uni<CaseDetails> close(UUID id, String actor, boolean informed, int satisfaction) {
        return transition(id, c -> c.close(actor, informed, satisfaction, clock.instant()));
    }

    /**
     * Escalates one overdue case locked by {@link CaseDeadline} (R-E4): its ESCALATED step and {@code order-exception}
     * are stored and the breach to publish is returned; null when it is not overdue or escalated already. In the SLA
     * check's transaction.
     */
    Uni<SlaBreached> escalate(ExceptionCase overdue, Instant now) {
        ExceptionCase.Escalation escalation = overdue.escalate(service.value(), now);
        return escalation == null
                ? Uni.createFrom().nullItem()
                : record(escalation.step()).replaceWith(escalation.breach());
    }

    @WithSession
    public Uni<CaseDetails> details(UUID id) {
        return find(id, LockModeType.NONE).chain(this::details);
    }

    @WithSession
    public Uni<Page<ExceptionCase>> page(CaseFilter filter, int page, int size) {
        return cases.page(filter, page, size);
    }

    /** Locks the case so two people acting at once are serialised: the second sees the first's change. */
    private Uni<CaseDetails> transition(UUID id, Function<ExceptionCase, ExceptionCase.Step> change) {
        return find(id, LockModeType.PESSIMISTIC_WRITE)
                .chain(found -> record(change.apply(found)).chain(() -> details(found)));
    }

    private Uni<ExceptionCase> find(UUID id, LockModeType lock) {
        return cases.findById(id, lock).onItem().ifNull().failWith(() -> Refusal.notFound("Case", id));
    }

    private Uni<ExceptionCase> store(ExceptionCase opened, ExceptionCase.Step step) {
        return cases.persistAndFlush(opened).chain(() -> record(step)).replaceWith(opened);
    }

    private Uni<Void> record(ExceptionCase.Step step) {
        return cases.getSession()
                .chain(s -> s.persist(step.entry()).chain(s::flush))
                .chain(() -> outbox.add(step.event()));
    }

    private Uni<CaseDetails> details(ExceptionCase found) {
        return cases.history(found.id).map(history -> new CaseDetails(found, history));
    }
}
