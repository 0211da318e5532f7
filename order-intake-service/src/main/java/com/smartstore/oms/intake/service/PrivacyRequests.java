package com.smartstore.oms.intake.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.smartstore.oms.contracts.events.CustomerRedacted;
import com.smartstore.oms.intake.domain.Actor;
import com.smartstore.oms.intake.domain.IntakeCase;
import com.smartstore.oms.intake.domain.Order;
import com.smartstore.oms.intake.domain.OrderAudit;
import com.smartstore.oms.intake.domain.OrderStatusChange;
import com.smartstore.oms.intake.domain.PrivacyRequest;
import com.smartstore.oms.intake.domain.WebhookDelivery;
import com.smartstore.oms.intake.domain.WebhookSource;
import com.smartstore.oms.intake.mapping.ShopifyPrivacyRequest;
import com.smartstore.oms.intake.repository.OrderRepository;
import com.smartstore.oms.intake.repository.PrivacyRequestRepository;
import com.smartstore.oms.kit.domain.Refusal;
import com.smartstore.oms.kit.outbox.Outbox;
import com.smartstore.oms.kit.pii.PiiCipher;
import com.smartstore.oms.kit.pii.PiiNormalizer;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Shopify's mandatory privacy webhooks (issue 10, part B), each answered 200 and recorded once as a privacy request
 * for staff. A data request lists the customer's orders (the platform's and those with the customer's e-mail or phone)
 * for staff to export. A redaction erases the customer's personal data from their finished orders at once ({@link
 * Order#redact()}), with the raw platform payloads and intake cases of those orders; an order still in progress keeps
 * its data (it must be delivered) and leaves the request open for staff; {@code customer-redacted} tells the other
 * services which orders' personal data to erase. A shop redaction is recorded for an admin:
 * erasing every order of a shop is not undone, and the shop's orders are also the merchant's books.
 */
@ApplicationScoped
public class PrivacyRequests {
    /** What a request answers the platform. */
    public record Answer(UUID privacyRequestId, PrivacyRequest.Kind kind, PrivacyRequest.Status status, int orders) {}

    /**
     * One order a request concerns, and what became of it.
     *
     * @param outcome {@code listed} (data request), {@code redacted}, or {@code kept: <why>}
     */
    public record OrderRef(UUID orderId, String orderNumber, String externalOrderId, String status, String outcome) {}

    /** What replaces an erased raw payload or draft. */
    static final String REDACTED_JSON = "{\"redacted\":true}";

    private static final Duration DUE = Duration.ofDays(30);

    private final PrivacyRequestRepository requests;
    private final OrderRepository orders;
    private final OrderAuditor audit;
    private final PiiCipher cipher;
    private final ObjectMapper json;
    private final Outbox outbox;
    private final Clock clock;

    public PrivacyRequests(
            PrivacyRequestRepository requests,
            OrderRepository orders,
            OrderAuditor audit,
            PiiCipher cipher,
            ObjectMapper json,
            Outbox outbox,
            Clock clock) {
        this.outbox = outbox;
        this.requests = requests;
        this.orders = orders;
        this.audit = audit;
        this.cipher = cipher;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Records the request (or finds it, for a redelivery: the same answer) and does intake's part of it, in one
     * transaction with the delivery's record.
     */
    @WithTransaction
    public Uni<Answer> receive(
            WebhookSource source,
            WebhookDelivery delivery,
            PrivacyRequest.Kind kind,
            ShopifyPrivacyRequest body,
            String dedupeKey) {
        if (kind == PrivacyRequest.Kind.CUSTOMER_REDACT) {
            delivery.payload = REDACTED_JSON; // it names the customer whose data is erased
        }
        return requests.find("dedupeKey", dedupeKey).firstResult().chain(known -> {
            if (known != null) {
                return record(delivery, WebhookDelivery.Outcome.DUPLICATE, known)
                        .map(r -> answer(known));
            }
            PrivacyRequest request = newRequest(source, delivery, kind, body, dedupeKey);
            Uni<List<OrderRef>> done = switch (kind) {
                case DATA_REQUEST -> customerOrders(source, body).map(found -> refs(found, "listed"));
                case CUSTOMER_REDACT ->
                    customerOrders(source, body)
                            .chain(found -> redact(source, found, delivery))
                            .call(refs -> published(request, source, delivery, refs));
                case SHOP_REDACT -> Uni.createFrom().item(List.<OrderRef>of());
            };
            return done.chain(refs -> {
                request.orders = toJson(refs);
                request.status = open(kind, refs) ? PrivacyRequest.Status.OPEN : PrivacyRequest.Status.DONE;
                return requests.persist(request)
                        .chain(saved -> record(delivery, WebhookDelivery.Outcome.PRIVACY_REQUEST, saved))
                        .map(r -> answer(request));
            });
        });
    }

    /** Staff did what was left (sent the export, decided about the rest); 409 {@code request-closed} once done. */
    @WithTransaction
    public Uni<PrivacyRequest> close(UUID id, String note, Actor by) {
        return requests.findById(id)
                .onItem()
                .ifNull()
                .failWith(() -> Refusal.notFound("Privacy request", id))
                .invoke(request -> {
                    if (request.status == PrivacyRequest.Status.DONE) {
                        throw Refusal.conflict(
                                "request-closed", "The privacy request was closed by " + request.closedBy);
                    }
                    request.close(by.name(), note.trim(), clock.instant());
                });
    }

    /** The orders the request concerns, as recorded with it. */
    public List<OrderRef> orders(PrivacyRequest request) {
        try {
            return json.readValue(request.orders, new TypeReference<List<OrderRef>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("orders of privacy request " + request.id + " are not JSON", e);
        }
    }

    /**
     * Tells the other services which orders' personal data to erase ({@code customer-redacted}), in the transaction
     * that erased intake's: only when something was erased.
     */
    private Uni<Void> published(
            PrivacyRequest request, WebhookSource source, WebhookDelivery delivery, List<OrderRef> refs) {
        List<UUID> erased = refs.stream()
                .filter(r -> "redacted".equals(r.outcome()))
                .map(OrderRef::orderId)
                .toList();
        if (erased.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        String from = request.shop == null ? "" : " from " + request.shop;
        // The orders' events already sent keep their copies in the outbox until retention: erased with the rest.
        return outbox.forgetPublished(erased.stream().map(UUID::toString).toList())
                .chain(() -> outbox.add(new CustomerRedacted(
                        request.id,
                        source.channel,
                        request.platformCustomerId,
                        erased,
                        delivery.topic + from,
                        clock.instant())));
    }

    /** A data request waits for staff to send the export; a redaction only when an order had to keep its data. */
    private static boolean open(PrivacyRequest.Kind kind, List<OrderRef> refs) {
        return kind != PrivacyRequest.Kind.CUSTOMER_REDACT
                || refs.stream().anyMatch(r -> !"redacted".equals(r.outcome()));
    }

    private PrivacyRequest newRequest(
            WebhookSource source,
            WebhookDelivery delivery,
            PrivacyRequest.Kind kind,
            ShopifyPrivacyRequest body,
            String dedupeKey) {
        PrivacyRequest request = new PrivacyRequest();
        request.id = UUID.randomUUID();
        request.source = source.path;
        request.kind = kind;
        request.dedupeKey = dedupeKey;
        request.shop = body.shopDomain();
        request.platformCustomerId = body.customerId();
        request.platformRequestId = body.requestId();
        if (kind == PrivacyRequest.Kind.DATA_REQUEST) {
            // Staff need to know whom to send the export to; a redaction keeps nothing of what it erases.
            request.customerEmail = body.email();
            request.customerPhone = body.phone();
        }
        request.receivedAt = delivery.receivedAt;
        request.dueAt = delivery.receivedAt.plus(DUE);
        return request;
    }

    /** The channel's orders the platform named, and those with the customer's e-mail or phone (by their hashes). */
    private Uni<List<Order>> customerOrders(WebhookSource source, ShopifyPrivacyRequest body) {
        List<String> ids = body.orderIds().isEmpty() ? List.of("") : body.orderIds();
        String emailHash = body.email() == null ? "-" : cipher.hash(PiiNormalizer.email(body.email()));
        String phoneHash = body.phone() == null ? "-" : cipher.hash(PiiNormalizer.phone(body.phone()));
        return orders.find(
                        "select distinct o from Order o left join fetch o.lines where o.channel = ?1"
                                + " and (o.externalOrderId in ?2 or o.customer.emailHash = ?3 or o.customer.phoneHash = ?4)"
                                + " order by o.receivedAt",
                        source.channel,
                        ids,
                        emailHash,
                        phoneHash)
                .list();
    }

    /**
     * Erases the customer's data from each finished order (audit row, history entry), and the raw payloads and intake
     * cases of those orders.
     */
    private Uni<List<OrderRef>> redact(WebhookSource source, List<Order> found, WebhookDelivery delivery) {
        Actor platform = PlatformOrderChanges.actor(source);
        Instant now = clock.instant();
        List<OrderRef> refs = new ArrayList<>();
        List<Order> erased = new ArrayList<>();
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Order order : found) {
            var refusal = order.redactRefusal();
            if (refusal.isPresent()) {
                refs.add(ref(order, "kept: " + refusal.get()));
                continue;
            }
            var before = audit.snapshot(order);
            order.redact();
            erased.add(order);
            refs.add(ref(order, "redacted"));
            chain = chain.chain(() -> audit.record(order, before, OrderAudit.Action.REDACTED, platform))
                    .chain(() -> orders.getSession()
                            .chain(s -> s.persist(OrderStatusChange.of(
                                    order.id,
                                    order.revision,
                                    order.status,
                                    now,
                                    platform.name(),
                                    "personal data erased at the customer's request (" + delivery.topic + ")"))));
        }
        return chain.chain(() -> erasePayloads(source, erased)).replaceWith(refs);
    }

    private Uni<Void> erasePayloads(WebhookSource source, List<Order> erased) {
        if (erased.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<UUID> ids = erased.stream().map(o -> o.id).toList();
        List<String> external = erased.stream()
                .map(o -> o.externalOrderId)
                .filter(Objects::nonNull)
                .toList();
        return orders.getSession()
                .chain(s -> s.createQuery(
                                "from WebhookDelivery where orderId in ?1 or (source = ?2 and externalOrderId in ?3)",
                                WebhookDelivery.class)
                        .setParameter(1, ids)
                        .setParameter(2, source.path)
                        .setParameter(3, external.isEmpty() ? List.of("") : external)
                        .getResultList()
                        .invoke(list -> list.forEach(d -> d.payload = REDACTED_JSON))
                        .chain(() -> s.createQuery(
                                        "from IntakeCase where orderId in ?1 or (channel = ?2 and externalOrderId in ?3)",
                                        IntakeCase.class)
                                .setParameter(1, ids)
                                .setParameter(2, source.channel)
                                .setParameter(3, external.isEmpty() ? List.of("") : external)
                                .getResultList())
                        .invoke(list -> list.forEach(c -> {
                            c.payload = REDACTED_JSON;
                            c.draft = null;
                        }))
                        .replaceWithVoid());
    }

    private static List<OrderRef> refs(List<Order> found, String outcome) {
        return found.stream().map(o -> ref(o, outcome)).toList();
    }

    private static OrderRef ref(Order order, String outcome) {
        return new OrderRef(order.id, order.orderNumber, order.externalOrderId, order.status.name(), outcome);
    }

    private Answer answer(PrivacyRequest request) {
        return new Answer(
                request.id, request.kind, request.status, orders(request).size());
    }

    private Uni<WebhookDelivery> record(
            WebhookDelivery delivery, WebhookDelivery.Outcome outcome, PrivacyRequest request) {
        delivery.outcome = outcome;
        delivery.problem = "privacy request " + request.id;
        return orders.getSession().chain(s -> s.persist(delivery)).replaceWith(delivery);
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
