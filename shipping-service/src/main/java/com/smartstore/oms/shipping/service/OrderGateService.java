package com.smartstore.oms.shipping.service;

import com.smartstore.oms.contracts.events.OrderApproved;
import com.smartstore.oms.contracts.events.OrderCancelRequested;
import com.smartstore.oms.contracts.events.OrderHeld;
import com.smartstore.oms.contracts.events.OrderRejected;
import com.smartstore.oms.kit.outbox.Outbox;
import com.smartstore.oms.shipping.domain.OrderGate.Decision;
import com.smartstore.oms.shipping.repository.OrderGateRepository;
import com.smartstore.oms.shipping.repository.ShipmentRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * What decides whether an order's parcels may leave: cancel requests, which shipping answers as the authority
 * (R-I11), and review's decisions, the newest of which holds or releases dispatch (docs/ORDER-LIFECYCLE.md). Each
 * runs inside the inbox's transaction under the order's gate lock.
 */
@ApplicationScoped
public class OrderGateService {
    private static final Logger LOG = Logger.getLogger(OrderGateService.class);

    private final OrderGateRepository gates;
    private final ShipmentRepository shipments;
    private final Outbox outbox;
    private final Clock clock;

    public OrderGateService(OrderGateRepository gates, ShipmentRepository shipments, Outbox outbox, Clock clock) {
        this.gates = gates;
        this.shipments = shipments;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Confirms the cancellation ({@code order-cancelled}) and stops the order's waiting shipments, or refuses it
     * ({@code order-cancel-refused}) because a parcel has left. The clock is read after the lock, so the answer
     * states the order as it is when no dispatch can run; it is cut to the microseconds PostgreSQL keeps, so a
     * later request is confirmed with the very instant the first confirmation reported.
     */
    public Uni<Void> answer(OrderCancelRequested request) {
        return gates.lock(request.orderId())
                .chain(gate -> shipments
                        .forOrder(request.orderId())
                        .map(list -> gate.answer(request, list, clock.instant().truncatedTo(ChronoUnit.MICROS))))
                .invoke(answer -> LOG.infof(
                        "order %s: cancel request %s answered with %s",
                        request.orderId(),
                        request.requestId(),
                        answer.getClass().getSimpleName()))
                .chain(outbox::add);
    }

    public Uni<Void> approved(OrderApproved event) {
        return decide(
                event.orderId(),
                Decision.APPROVED,
                event.sequence(),
                "approved by " + event.approvedBy(),
                event.approvedAt());
    }

    public Uni<Void> held(OrderHeld event) {
        String reasons = event.failedRules().stream()
                .map(OrderHeld.RuleFailure::explanation)
                .collect(Collectors.joining("; "));
        return decide(event.orderId(), Decision.HELD, event.sequence(), reasons, event.heldAt());
    }

    public Uni<Void> rejected(OrderRejected event) {
        return decide(event.orderId(), Decision.REJECTED, event.sequence(), event.reason(), event.rejectedAt());
    }

    private Uni<Void> decide(UUID orderId, Decision decision, Long sequence, String reason, Instant at) {
        return gates.lock(orderId)
                .invoke(gate -> {
                    if (!gate.decide(decision, sequence, reason, at)) {
                        LOG.infof(
                                "order %s: ignoring %s with sequence %s, decision %d (%s) is newer",
                                orderId, decision, sequence, gate.decisionSequence, gate.decision);
                    }
                })
                .replaceWithVoid();
    }
}
