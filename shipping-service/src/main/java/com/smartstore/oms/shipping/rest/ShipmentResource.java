package com.smartstore.oms.shipping.rest;

import com.smartstore.oms.contracts.events.DeliveryUpdated;
import com.smartstore.oms.kit.persistence.Page;
import com.smartstore.oms.kit.rest.ApiException;
import com.smartstore.oms.kit.rest.QueryParams;
import com.smartstore.oms.kit.security.CurrentUser;
import com.smartstore.oms.kit.security.Roles;
import com.smartstore.oms.shipping.domain.Carrier;
import com.smartstore.oms.shipping.domain.ShipByPolicy;
import com.smartstore.oms.shipping.domain.Shipment;
import com.smartstore.oms.shipping.domain.ShipmentStatus;
import com.smartstore.oms.shipping.domain.TrackingEvent;
import com.smartstore.oms.shipping.domain.TrackingUpdate;
import com.smartstore.oms.shipping.repository.NotificationRepository;
import com.smartstore.oms.shipping.repository.ShipmentRepository;
import com.smartstore.oms.shipping.repository.TrackingEventRepository;
import com.smartstore.oms.shipping.service.Carriers;
import com.smartstore.oms.shipping.service.ShipmentService;
import com.smartstore.oms.shipping.service.TrackingService;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.ResponseStatus;

/** The dispatch queue and the shipments of each order; dispatching hands a shipment to a carrier. */
@Path("/api/shipments")
public class ShipmentResource {
    private final ShipmentService service;
    private final TrackingService trackingService;
    private final ShipmentRepository shipments;
    private final TrackingEventRepository tracking;
    private final NotificationRepository notifications;
    private final Carriers carriers;
    private final CurrentUser user;
    private final ShipByPolicy shipBy;
    private final Clock clock;

    public ShipmentResource(
            ShipmentService service,
            TrackingService trackingService,
            ShipmentRepository shipments,
            TrackingEventRepository tracking,
            NotificationRepository notifications,
            Carriers carriers,
            CurrentUser user,
            ShipByPolicy shipBy,
            Clock clock) {
        this.shipBy = shipBy;
        this.service = service;
        this.trackingService = trackingService;
        this.shipments = shipments;
        this.tracking = tracking;
        this.notifications = notifications;
        this.carriers = carriers;
        this.user = user;
        this.clock = clock;
    }

    /**
     * The dispatch queue (R-S2): earliest ship-by time first (shipments whose order is not known yet last), then
     * oldest first. {@code atRisk=true}: waiting shipments due within {@code oms.sla.ship-at-risk-hours} or overdue;
     * {@code overdue=true}: waiting shipments past their ship-by time; {@code carrier}: its code, any case. The body is
     * the kit's page ({@code items, page, size, total}), the one list shape of every service (issue 18).
     */
    @GET
    @WithSession
    @RolesAllowed({Roles.SHIPPING, Roles.WAREHOUSE, Roles.CUSTOMER_SERVICE})
    public Uni<Page<ShipmentView>> list(
            @QueryParam("status") ShipmentStatus status,
            @QueryParam("orderId") UUID orderId,
            @QueryParam("carrier") @Size(max = 100) String carrier,
            @QueryParam("atRisk") String atRisk,
            @QueryParam("overdue") String overdue,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        Instant now = clock.instant();
        Instant shipByBefore = null;
        if (Boolean.TRUE.equals(QueryParams.bool("atRisk", atRisk))) {
            shipByBefore = now.plus(shipBy.atRisk());
        }
        if (Boolean.TRUE.equals(QueryParams.bool("overdue", overdue))) {
            shipByBefore = now;
        }
        String carrierCode = carrier == null
                ? null
                : carriers.find(carrier).map(Carrier::code).orElse(carrier.trim());
        return shipments
                .queue(status, orderId, carrierCode, shipByBefore, page, size)
                .chain(found -> views(found.items())
                        .map(items -> new Page<>(items, found.page(), found.size(), found.total())));
    }

    @GET
    @Path("/{id}")
    @WithSession
    @RolesAllowed({Roles.SHIPPING, Roles.WAREHOUSE, Roles.CUSTOMER_SERVICE})
    public Uni<ShipmentView> get(@PathParam("id") UUID id) {
        return shipments
                .findById(id)
                .onItem()
                .ifNull()
                .failWith(() -> ApiException.notFound("Shipment", id))
                .chain(this::view);
    }

    /**
     * The mails the shipment's customer was sent or is to be sent (R-S3), oldest first: kind, language, the recipient
     * masked, status, attempts, when sent and the last error. Not for the warehouse, which sees no customer contact.
     */
    @GET
    @Path("/{id}/notifications")
    @WithSession
    @RolesAllowed({Roles.SHIPPING, Roles.CUSTOMER_SERVICE})
    public Uni<List<NotificationView>> notifications(@PathParam("id") UUID id) {
        return shipments
                .findById(id)
                .onItem()
                .ifNull()
                .failWith(() -> ApiException.notFound("Shipment", id))
                .chain(shipment -> notifications.forShipment(shipment.id))
                .map(list -> list.stream().map(NotificationView::of).toList());
    }

    @POST
    @Path("/{id}/dispatch")
    @RolesAllowed({Roles.SHIPPING, Roles.WAREHOUSE})
    public Uni<ShipmentView> dispatch(@PathParam("id") UUID id, @NotNull @Valid DispatchRequest request) {
        return service.dispatch(
                        id,
                        request.carrier(),
                        request.trackingNumber(),
                        request.serviceLevel(),
                        request.estimatedDelivery(),
                        user.name())
                .chain(this::view);
    }

    /**
     * A tracking update entered by staff (R-S5), e.g. what the carrier said on the phone; published on
     * {@code delivery-updated}, and a delay, loss, damage or return to sender opens a logistics case (R-S6).
     */
    @POST
    @Path("/{id}/tracking-events")
    @RolesAllowed({Roles.SHIPPING, Roles.CUSTOMER_SERVICE})
    @ResponseStatus(201)
    public Uni<ShipmentView> track(@PathParam("id") UUID id, @NotNull @Valid TrackingEntryRequest request) {
        TrackingUpdate update = new TrackingUpdate(
                request.status(),
                request.happenedAt() == null ? clock.instant() : request.happenedAt(),
                request.location(),
                request.description(),
                request.estimatedDelivery(),
                DeliveryUpdated.Source.STAFF,
                null,
                user.name());
        return trackingService.record(id, update).chain(this::view);
    }

    private Uni<ShipmentView> view(Shipment shipment) {
        return views(List.of(shipment)).map(list -> list.get(0));
    }

    /** The shipments with their tracking histories, read in one query. */
    private Uni<List<ShipmentView>> views(List<Shipment> list) {
        return Panache.withSession(
                        () -> tracking.forShipments(list.stream().map(s -> s.id).toList()))
                .map(history -> {
                    Map<UUID, List<TrackingEvent>> byShipment =
                            history.stream().collect(Collectors.groupingBy(e -> e.shipmentId));
                    // R-SEC1: the warehouse packs and hands over parcels; it sees no street or full name.
                    boolean fullAddress = user.hasRole(Roles.SHIPPING) || user.hasRole(Roles.CUSTOMER_SERVICE);
                    return list.stream()
                            .map(s -> ShipmentView.of(
                                    s,
                                    shipBy.urgency(s, clock.instant()),
                                    carriers.trackingUrl(s.carrier, s.trackingNumber),
                                    byShipment.getOrDefault(s.id, List.of()),
                                    fullAddress))
                            .toList();
                });
    }
}
