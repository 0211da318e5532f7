package com.smartstore.oms.shipping.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.smartstore.oms.contracts.events.DeliveryStatus;
import com.smartstore.oms.contracts.events.DeliveryUpdated;
import com.smartstore.oms.kit.domain.Refusal;
import com.smartstore.oms.kit.outbox.Outbox;
import com.smartstore.oms.kit.rest.ErrorMappers;
import com.smartstore.oms.kit.security.WebhookSignature;
import com.smartstore.oms.shipping.config.ShippingConfig;
import com.smartstore.oms.shipping.domain.Carrier;
import com.smartstore.oms.shipping.domain.Shipment;
import com.smartstore.oms.shipping.domain.TrackingEvent;
import com.smartstore.oms.shipping.domain.TrackingUpdate;
import com.smartstore.oms.shipping.repository.ShipmentRepository;
import com.smartstore.oms.shipping.repository.TrackingEventRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.jboss.logging.Logger;

/**
 * Tracking updates of shipped parcels (R-S4..R-S6), from staff and from carriers' signed webhooks: each is kept once,
 * published on {@code delivery-updated}, and opens a logistics case where the parcel will not arrive as promised.
 */
@ApplicationScoped
public class TrackingService {
    private static final Logger LOG = Logger.getLogger(TrackingService.class);

    /**
     * A carrier's webhook body: the carrier's id of the update (its idempotency key), the parcel's tracking number,
     * the status and when it happened; where, the carrier's words and a new estimated delivery if it has them.
     */
    public record CarrierUpdate(
            String eventId,
            String trackingNumber,
            DeliveryStatus status,
            Instant happenedAt,
            String location,
            String description,
            LocalDate estimatedDelivery) {}

    /**
     * The answer to a carrier: which shipment the update was for (null if none has the number), and whether it was a
     * redelivery of an update kept before.
     */
    public record Receipt(boolean matched, boolean duplicate, UUID shipmentId, DeliveryStatus status) {}

    private final ShipmentRepository shipments;
    private final TrackingEventRepository tracking;
    private final Carriers carriers;
    private final ShippingConfig config;
    private final Outbox outbox;
    private final NotificationService notifications;
    private final ObjectMapper json;
    private final Clock clock;

    /** {@code json} is the application's mapper: the kit's {@code SafeJson} rules (no NUL in text, ...) apply. */
    public TrackingService(
            ShipmentRepository shipments,
            TrackingEventRepository tracking,
            Carriers carriers,
            ShippingConfig config,
            Outbox outbox,
            NotificationService notifications,
            ObjectMapper json,
            Clock clock) {
        this.notifications = notifications;
        this.json = json;
        this.shipments = shipments;
        this.tracking = tracking;
        this.carriers = carriers;
        this.config = config;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** An update entered by staff (e.g. after a call with the carrier); returns the shipment as it is now. */
    @WithTransaction
    public Uni<Shipment> record(UUID shipmentId, TrackingUpdate update) {
        return shipments
                .findForUpdate(shipmentId)
                .onItem()
                .ifNull()
                .failWith(() -> Refusal.notFound("Shipment", shipmentId))
                .call(shipment -> apply(shipment, update));
    }

    /**
     * A carrier's webhook delivery: refused (401) unless signed with the carrier's secret within the replay window;
     * an update the carrier sent before under the same event id is answered as before and kept once.
     */
    @WithTransaction
    public Uni<Receipt> fromCarrier(String carrierCode, UnaryOperator<String> header, byte[] body) {
        Carrier carrier = carriers.find(carrierCode).orElseThrow(() -> Refusal.notFound("Carrier", carrierCode));
        authenticate(carrier, header, body);
        CarrierUpdate update = parse(body);
        TrackingUpdate entry = new TrackingUpdate(
                update.status(),
                update.happenedAt(),
                update.location(),
                update.description(),
                update.estimatedDelivery(),
                DeliveryUpdated.Source.CARRIER,
                update.eventId(),
                carrier.code());
        return shipments
                .byTrackingNumber(carrier.code(), update.trackingNumber())
                .chain(shipmentId -> {
                    if (shipmentId == null) {
                        return unmatched(carrier, update, entry);
                    }
                    // The shipment's lock first: a redelivery racing the first delivery waits, then finds it kept.
                    return shipments
                            .findForUpdate(shipmentId)
                            .chain(shipment -> tracking.findByCarrierEvent(carrier.code(), update.eventId())
                                    .chain(before -> before != null
                                            ? Uni.createFrom()
                                                    .item(new Receipt(true, true, shipment.id, shipment.deliveryStatus))
                                            : apply(shipment, entry)
                                                    .replaceWith(() -> new Receipt(
                                                            true, false, shipment.id, shipment.deliveryStatus))));
                });
    }

    /**
     * Runs inside the dispatch's transaction, after the shipment left: the updates its carrier sent for its tracking
     * number before any shipment had it (kept unmatched, answered 202) become its own, applied oldest first by the
     * carrier's time with the usual effects (status, ETA, {@code delivery-updated}, a logistics case, the customer's
     * mail). The kept record is attached, not copied: the carrier's event id stays unique.
     */
    public Uni<Void> attachUnmatched(Shipment shipment) {
        return tracking.unmatched(shipment.carrier, shipment.trackingNumber).chain(kept -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (TrackingEvent record : kept) {
                chain = chain.chain(() -> {
                    LOG.infof(
                            "shipment %s: attaching %s update %s of %s, kept before it was dispatched",
                            shipment.id, record.carrier, record.carrierEventId, record.happenedAt);
                    return apply(shipment, record.update(), record);
                });
            }
            return chain;
        });
    }

    private Uni<Void> apply(Shipment shipment, TrackingUpdate update) {
        return apply(shipment, update, null);
    }

    /** Applies an update to the shipment; {@code keptBefore} is its record when it was kept without a shipment. */
    private Uni<Void> apply(Shipment shipment, TrackingUpdate update, TrackingEvent keptBefore) {
        Shipment.Tracked tracked = shipment.track(update, clock.instant());
        Uni<Void> recorded;
        if (keptBefore == null) {
            recorded = tracking.persist(tracked.record()).replaceWithVoid();
        } else {
            keptBefore.shipmentId = shipment.id;
            recorded = Uni.createFrom().voidItem();
        }
        Uni<Void> kept = recorded.chain(() -> outbox.add(tracked.published()));
        if (tracked.exception() != null) {
            LOG.infof(
                    "shipment %s of order %s: %s, opening a logistics case",
                    shipment.id, shipment.orderNumber, update.status());
            kept = kept.chain(() -> outbox.add(tracked.exception()));
        }
        // A delivery exception or a new ETA: the customer is told once per cause (R-S3).
        return kept.chain(() -> notifications.notify(shipment, tracked.notice()));
    }

    private Uni<Receipt> unmatched(Carrier carrier, CarrierUpdate update, TrackingUpdate entry) {
        return tracking.findByCarrierEvent(carrier.code(), update.eventId()).chain(before -> {
            if (before != null) {
                return Uni.createFrom().item(new Receipt(false, true, null, update.status()));
            }
            LOG.warnf(
                    "%s update %s for tracking number %s, which no shipment has: kept without a shipment",
                    carrier.code(), update.eventId(), update.trackingNumber());
            return tracking.persist(
                            TrackingEvent.unmatched(carrier.code(), update.trackingNumber(), entry, clock.instant()))
                    .replaceWith(new Receipt(false, false, null, update.status()));
        });
    }

    private void authenticate(Carrier carrier, UnaryOperator<String> header, byte[] body) {
        if (carrier.webhookSecret() == null) {
            LOG.warnf(
                    "webhook of carrier %s refused: oms.shipping.carriers.%s.webhook-secret is not configured",
                    carrier.code(), carrier.code());
        }
        WebhookSignature.requireTimestamped(
                carrier.webhookSecrets(clock.instant()),
                header.apply(WebhookSignature.TIMESTAMP_HEADER),
                body,
                header.apply(WebhookSignature.SIGNATURE_HEADER),
                clock.instant(),
                config.webhookReplayWindow(),
                "carrier " + carrier.code() + "'s secret");
    }

    private CarrierUpdate parse(byte[] body) {
        CarrierUpdate update;
        try {
            update = json.readValue(body, CarrierUpdate.class);
        } catch (JsonProcessingException e) {
            throw Refusal.invalid("invalid-body", "the body is not a tracking update: " + ErrorMappers.describe(e));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read a byte array", e);
        }
        if (update == null) {
            throw Refusal.invalid("invalid-body", "the body is empty");
        }
        requirePresent(update.eventId(), "eventId");
        requirePresent(update.trackingNumber(), "trackingNumber");
        requirePresent(update.status(), "status");
        requirePresent(update.happenedAt(), "happenedAt");
        return update;
    }

    private static void requirePresent(Object value, String field) {
        if (value == null || (value instanceof String text && text.isBlank())) {
            throw Refusal.invalid("invalid-body", field + " is required");
        }
    }
}
