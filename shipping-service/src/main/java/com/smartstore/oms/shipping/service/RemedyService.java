package com.smartstore.oms.shipping.service;

import com.smartstore.oms.contracts.events.ExceptionStage;
import com.smartstore.oms.contracts.events.ExceptionType;
import com.smartstore.oms.contracts.events.OrderException;
import com.smartstore.oms.kit.outbox.Outbox;
import com.smartstore.oms.shipping.domain.ShipmentRemedy;
import com.smartstore.oms.shipping.repository.OrderGateRepository;
import com.smartstore.oms.shipping.repository.ShipmentRemedyRepository;
import com.smartstore.oms.shipping.repository.ShipmentRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Remedies from the case desk (issue 11, R-E7): the RESOLVED step of a LOGISTICS case about one of shipping's
 * shipments ({@code details.shipmentId}, which shipping put into its detection) is recorded on the shipment once per
 * case; a RESEND asks the warehouse for a replacement ({@code replacement-requested}, through the outbox). Everything
 * else on {@code order-exception} (detections, including shipping's own, other stages and types, other services'
 * shipments) is skipped. REFUND, COMPENSATION and the other remedies are recorded only: money is intake's and finance's.
 */
@ApplicationScoped
public class RemedyService {
    private static final Logger LOG = Logger.getLogger(RemedyService.class);

    private final ShipmentRepository shipments;
    private final ShipmentRemedyRepository remedies;
    private final OrderGateRepository gates;
    private final Outbox outbox;
    private final Clock clock;

    public RemedyService(
            ShipmentRepository shipments,
            ShipmentRemedyRepository remedies,
            OrderGateRepository gates,
            Outbox outbox,
            Clock clock) {
        this.shipments = shipments;
        this.remedies = remedies;
        this.gates = gates;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The shipment a resolved logistics case names, if the event is one shipping acts on. */
    static Optional<UUID> shipmentOf(OrderException event) {
        if (event.stage() != ExceptionStage.RESOLVED
                || event.type() != ExceptionType.LOGISTICS
                || event.caseId() == null
                || event.remedy() == null) {
            return Optional.empty();
        }
        String id = event.details().get("shipmentId");
        if (id == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(id.trim()));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    /**
     * Runs inside the inbox's transaction. Under the order's gate lock (as dispatch and cancellation), so a resend and
     * a dispatch or cancel of the order do not interleave; a case seen before (the same step under another event id)
     * changes nothing.
     */
    public Uni<Void> record(OrderException event) {
        Optional<UUID> shipmentId = shipmentOf(event);
        if (shipmentId.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        UUID id = shipmentId.get();
        return shipments.orderOf(id).chain(orderId -> {
            if (orderId == null) {
                LOG.infof("case %s names shipment %s, which shipping does not have; skipped", event.caseId(), id);
                return Uni.createFrom().voidItem();
            }
            return gates.lock(orderId)
                    .chain(() -> remedies.findById(event.caseId()))
                    .chain(known -> {
                        if (known != null) {
                            LOG.infof("case %s's remedy is recorded already; skipped", event.caseId());
                            return Uni.createFrom().voidItem();
                        }
                        return shipments.findForUpdate(id).chain(shipment -> {
                            Instant now = clock.instant();
                            ShipmentRemedy row = new ShipmentRemedy();
                            row.caseId = event.caseId();
                            row.shipmentId = id;
                            row.exceptionId = event.exceptionId();
                            row.code = event.code();
                            row.remedy = event.remedy();
                            row.result = event.result();
                            row.resolvedBy = event.actor();
                            row.resolvedAt = event.occurredAt();
                            row.recordedAt = now;
                            var replacement = shipment.applyRemedy(
                                    event.caseId(),
                                    event.exceptionId(),
                                    event.remedy(),
                                    event.actor(),
                                    event.occurredAt(),
                                    now);
                            LOG.infof(
                                    "shipment %s: case %s resolved with %s%s",
                                    id,
                                    event.caseId(),
                                    event.remedy(),
                                    replacement == null ? "" : "; replacement requested from " + shipment.warehouse);
                            Uni<Void> persisted = remedies.persist(row).replaceWithVoid();
                            return replacement == null
                                    ? persisted
                                    : persisted
                                            .chain(() -> outbox.add(replacement))
                                            .replaceWithVoid();
                        });
                    });
        });
    }
}
