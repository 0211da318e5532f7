package com.smartstore.oms.shipping.service;

import com.smartstore.oms.contracts.events.SlaBreached;
import com.smartstore.oms.contracts.events.SlaKind;
import com.smartstore.oms.kit.service.ServiceName;
import com.smartstore.oms.kit.sla.Deadline;
import com.smartstore.oms.shipping.domain.Shipment;
import com.smartstore.oms.shipping.repository.ShipmentRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/**
 * The ship-by deadline (R-S2) for the kit's SLA check: a shipment still waiting for dispatch after its ship-by time
 * publishes {@code sla-breached} (kind SHIP) once. The mark is a conditional update, so with two instances running
 * only one escalates it, and a shipment dispatched meanwhile is not escalated.
 */
@ApplicationScoped
public class ShipDeadline implements Deadline<Shipment> {
    private final ShipmentRepository shipments;
    private final ServiceName service;

    public ShipDeadline(ShipmentRepository shipments, ServiceName service) {
        this.shipments = shipments;
        this.service = service;
    }

    @Override
    public String name() {
        return "shipment past its ship-by time";
    }

    @Override
    public Uni<List<Shipment>> overdue(Instant now, int limit) {
        return shipments.pastShipBy(now, limit);
    }

    @Override
    public Uni<SlaBreached> breach(Shipment shipment, Instant now) {
        return shipments
                .markShipBreached(shipment.id, now)
                .map(marked -> marked
                        ? new SlaBreached(
                                SlaKind.SHIP,
                                shipment.id.toString(),
                                shipment.orderId,
                                shipment.orderNumber,
                                service.value(),
                                null,
                                shipment.shipBy,
                                now)
                        : null);
    }
}
