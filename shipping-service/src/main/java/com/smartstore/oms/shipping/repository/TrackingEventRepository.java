package com.smartstore.oms.shipping.repository;

import com.smartstore.oms.shipping.domain.TrackingEvent;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** The tracking history of shipments (R-S5). */
@ApplicationScoped
public class TrackingEventRepository implements PanacheRepositoryBase<TrackingEvent, UUID> {
    private static final Sort HISTORY = Sort.by("happenedAt").and("recordedAt");

    /** The update a carrier sent under this event id before, or null. */
    public Uni<TrackingEvent> findByCarrierEvent(String carrier, String carrierEventId) {
        return find("carrier = ?1 and carrierEventId = ?2", carrier, carrierEventId)
                .firstResult();
    }

    /**
     * The updates a carrier sent for this tracking number while no shipment had it, oldest first by the carrier's time
     * (the carrier's code as dispatch records it).
     */
    public Uni<List<TrackingEvent>> unmatched(String carrier, String trackingNumber) {
        return list("shipmentId is null and carrier = ?1 and trackingNumber = ?2", HISTORY, carrier, trackingNumber);
    }

    /** The updates of these shipments, oldest first by the carrier's time. */
    public Uni<List<TrackingEvent>> forShipments(Collection<UUID> shipmentIds) {
        if (shipmentIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("shipmentId in ?1", HISTORY, shipmentIds);
    }
}
