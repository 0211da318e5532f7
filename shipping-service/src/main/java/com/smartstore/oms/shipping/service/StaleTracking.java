package com.smartstore.oms.shipping.service;

import com.smartstore.oms.contracts.events.SlaBreached;
import com.smartstore.oms.contracts.events.SlaKind;
import com.smartstore.oms.kit.outbox.Outbox;
import com.smartstore.oms.kit.service.ServiceName;
import com.smartstore.oms.kit.sla.Deadline;
import com.smartstore.oms.shipping.config.SlaConfig;
import com.smartstore.oms.shipping.domain.Shipment;
import com.smartstore.oms.shipping.repository.ShipmentRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Stale tracking (R-S6, {@code oms.sla.stale-tracking-hours}) for the kit's SLA check: a shipped parcel nobody has
 * heard of for that long (no tracking update since its dispatch or its last one, and not delivered, lost or returned)
 * is flagged once per silence: {@code sla-breached} (kind TRACKING, owner the carrier) and an {@code order-exception}
 * LOGISTICS TRACKING_STALE, so the exception desk opens a case. The next tracking update clears the flag.
 */
@ApplicationScoped
public class StaleTracking implements Deadline<Shipment> {
    private final ShipmentRepository shipments;
    private final Outbox outbox;
    private final ServiceName service;
    private final Duration silence;

    public StaleTracking(ShipmentRepository shipments, Outbox outbox, ServiceName service, SlaConfig config) {
        this.shipments = shipments;
        this.outbox = outbox;
        this.service = service;
        this.silence = Duration.ofHours(config.staleTrackingHours());
    }

    @Override
    public String name() {
        return "silent parcel";
    }

    @Override
    public Uni<List<Shipment>> overdue(Instant now, int limit) {
        return shipments.silentSince(now.minus(silence), limit);
    }

    @Override
    public Uni<SlaBreached> breach(Shipment shipment, Instant now) {
        Instant lastNews = shipment.lastTrackingAt != null ? shipment.lastTrackingAt : shipment.shippedAt;
        return shipments.markStale(shipment.id, now.minus(silence), now).chain(marked -> {
            if (!marked) {
                return Uni.createFrom().nullItem();
            }
            return outbox.add(shipment.staleTracking(lastNews, silence, now))
                    .replaceWith(new SlaBreached(
                            SlaKind.TRACKING,
                            shipment.id.toString(),
                            shipment.orderId,
                            shipment.orderNumber,
                            service.value(),
                            shipment.carrier,
                            lastNews.plus(silence),
                            now));
        });
    }
}
