package com.smartstore.oms.warehouse.service;

import com.smartstore.oms.contracts.events.SlaBreached;
import com.smartstore.oms.contracts.events.SlaKind;
import com.smartstore.oms.kit.outbox.Outbox;
import com.smartstore.oms.warehouse.config.SlaConfig;
import com.smartstore.oms.warehouse.domain.PickList;
import com.smartstore.oms.warehouse.repository.PickListRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * The pick deadline (R-W3): every {@code oms.sla.check-interval}, pick lists not picked and packed by their deadline
 * are marked breached and publish {@code sla-breached} (kind PICK), once each. The mark and the outbox row commit
 * together; the mark is a conditional update, so with two instances running only one escalates a list.
 */
@ApplicationScoped
public class PickSlaWatch {
    static final String SERVICE = "warehouse-service";
    private static final Logger LOG = Logger.getLogger(PickSlaWatch.class);

    private final PickListRepository pickLists;
    private final Outbox outbox;
    private final SlaConfig sla;

    public PickSlaWatch(PickListRepository pickLists, Outbox outbox, SlaConfig sla) {
        this.pickLists = pickLists;
        this.outbox = outbox;
        this.sla = sla;
    }

    @Scheduled(
            every = "${oms.sla.check-interval:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            delayed = "5s")
    Uni<Void> check() {
        Instant now = Instant.now();
        return Panache.withTransaction(() -> pickLists
                        .overdueUnbreached(now, sla.checkBatchSize())
                        .chain(lists -> Sequence.each(lists, list -> escalate(list, now))))
                .onFailure()
                .recoverWithUni(e -> {
                    LOG.warnf("pick SLA check failed, the next check retries: %s", e.getMessage());
                    return Uni.createFrom().voidItem();
                });
    }

    private Uni<Void> escalate(PickList list, Instant now) {
        return pickLists.markBreached(list.id, now).chain(marked -> {
            if (!marked) {
                return Uni.createFrom().voidItem();
            }
            LOG.infof("pick list %s of order %s is overdue (due %s): escalated", list.id, list.orderId, list.dueAt);
            return outbox.add(new SlaBreached(
                    SlaKind.PICK,
                    list.id.toString(),
                    list.orderId,
                    list.orderNumber,
                    SERVICE,
                    list.warehouse,
                    list.dueAt,
                    now));
        });
    }
}
