package com.smartstore.oms.intake.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.smartstore.oms.contracts.events.OrderReceived;
import com.smartstore.oms.intake.command.AmendmentRequest;
import com.smartstore.oms.intake.domain.Actor;
import com.smartstore.oms.intake.domain.Amendment;
import com.smartstore.oms.intake.domain.Order;
import com.smartstore.oms.intake.domain.OrderAmendment;
import com.smartstore.oms.intake.domain.OrderAudit;
import com.smartstore.oms.intake.domain.OrderLine;
import com.smartstore.oms.intake.domain.OrderStatusChange;
import com.smartstore.oms.intake.domain.Product;
import com.smartstore.oms.intake.repository.OrderRepository;
import com.smartstore.oms.intake.repository.ProductRepository;
import com.smartstore.oms.kit.domain.Refusal;
import com.smartstore.oms.kit.outbox.Outbox;
import com.smartstore.oms.kit.pii.PiiCipher;
import com.smartstore.oms.kit.pii.PiiNormalizer;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Changes to an order in progress: cancellation requests (R-I11) and customer amendments (R-I10). Each is checked
 * against the order's stage, recorded in history and audit, and published through the outbox.
 */
@ApplicationScoped
public class OrderChanges {
    private final OrderRepository orders;
    private final ProductRepository products;
    private final Outbox outbox;
    private final OrderAuditor audit;
    private final PiiCipher cipher;
    private final ObjectMapper json;
    private final SkuMappings skuMappings;
    private final Clock clock;

    public OrderChanges(
            OrderRepository orders,
            ProductRepository products,
            Outbox outbox,
            OrderAuditor audit,
            PiiCipher cipher,
            ObjectMapper json,
            SkuMappings skuMappings,
            Clock clock) {
        this.skuMappings = skuMappings;
        this.orders = orders;
        this.products = products;
        this.outbox = outbox;
        this.audit = audit;
        this.cipher = cipher;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Requests the cancellation of an order that intake does not know to be shipped or cancelled (409 with the
     * reason otherwise) and publishes {@code order-cancel-requested}: shipping, which knows whether the parcel has
     * left, confirms or refuses it (R-I11). While a request is pending, asking again answers with that request.
     */
    @WithTransaction
    public Uni<Order> requestCancellation(UUID id, String reason, Actor user) {
        return find(id).chain(order -> {
            order.cancelRefusal().ifPresent(refusal -> {
                throw Refusal.conflict("not-cancellable", refusal);
            });
            if (order.cancellationPending()) {
                return Uni.createFrom().item(order);
            }
            Instant now = clock.instant();
            var before = audit.snapshot(order);
            var request = order.requestCancellation(reason.trim(), user.name(), now);
            return orders.getSession()
                    .chain(s -> s.persist(OrderStatusChange.of(
                            order.id,
                            order.revision,
                            order.status,
                            now,
                            user.name(),
                            "cancellation requested: " + request.reason())))
                    .chain(() -> audit.record(order, before, OrderAudit.Action.CANCEL_REQUESTED, user))
                    .chain(() -> outbox.add(request))
                    .replaceWith(order);
        });
    }

    /**
     * Applies a customer's change: address and contact until the order ships, lines until it is picked (409 with
     * the reason after that). Publishes {@code order-amended} with only what changed.
     */
    @WithTransaction
    public Uni<OrderAmendment> amend(UUID id, AmendmentRequest request, Actor user) {
        return catalog(request).chain(known -> find(id).chain(order -> apply(order, request, known, user)));
    }

    /**
     * Maps a platform line that came without a SKU (issue 10: {@code skuSource} UNMAPPED, review holds the order):
     * an amendment of the line's SKU that keeps the platform's price, published as {@code order-amended} with the
     * placeholder as {@code previousSku}. With {@code remember}, the channel's SKU mapping of the line's product (and
     * variant) is added too, for the orders still to come. 409 {@code line-mapped} for a line that has a SKU.
     */
    @WithTransaction
    public Uni<OrderAmendment> mapLine(UUID id, int lineNo, String sku, boolean remember, Actor user) {
        var request = new AmendmentRequest(
                "SKU " + sku + " mapped by " + user.name(),
                null,
                null,
                List.of(new AmendmentRequest.LineChange(lineNo, sku, null, null)));
        return catalog(request)
                .chain(known -> find(id).chain(order -> {
                    OrderLine line = order.lines.stream()
                            .filter(l -> l.lineNo == lineNo)
                            .findFirst()
                            .orElseThrow(() -> Refusal.notFound("Line " + lineNo + " of order", order.orderNumber));
                    if (!line.unmapped()) {
                        throw Refusal.conflict(
                                "line-mapped",
                                "Line " + lineNo + " of order " + order.orderNumber + " has SKU " + line.sku
                                        + " already; change it with an amendment instead");
                    }
                    Uni<Void> mapping = remember && line.platformProductId != null
                            ? skuMappings.remember(
                                    order.channel, line.platformProductId, line.platformVariantId, sku, user.name())
                            : Uni.createFrom().voidItem();
                    return mapping.chain(() -> apply(order, request, known, user));
                }));
    }

    private Uni<Map<String, Product>> catalog(AmendmentRequest request) {
        List<AmendmentRequest.LineChange> lineChanges = request.lines() == null ? List.of() : request.lines();
        List<String> skus = lineChanges.stream()
                .map(AmendmentRequest.LineChange::sku)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        return skus.isEmpty()
                ? Uni.createFrom().item(Map.of())
                : products.list("sku in ?1", skus)
                        .map(found -> found.stream().collect(Collectors.toMap(p -> p.sku, Function.identity())));
    }

    /** Load-ask-save-publish: the order applies the change (its rules refuse what they must), this keeps it. */
    private Uni<OrderAmendment> apply(Order order, AmendmentRequest request, Map<String, Product> known, Actor user) {
        Instant now = clock.instant();
        var before = audit.snapshot(order);
        Amendment.Applied applied = order.amend(amendment(request), known, user.name(), now);
        OrderAmendment amendment = applied.amendment();
        amendment.details = toJson(applied.details());
        return orders.getSession()
                .chain(s -> s.removeAll(applied.removed().toArray())
                        .chain(() -> s.persist(amendment))
                        .chain(() -> s.persist(OrderStatusChange.of(
                                order.id,
                                order.revision,
                                order.status,
                                now,
                                user.name(),
                                "amended (" + amendment.changed.replace(",", ", ") + "): " + amendment.reason))))
                .chain(() -> audit.record(order, before, OrderAudit.Action.AMENDED, user))
                .chain(() -> outbox.add(applied.event()))
                .replaceWith(amendment);
    }

    /** The request as the order is asked to apply it: values trimmed, contact hashed for search and the blacklist. */
    private Amendment amendment(AmendmentRequest request) {
        var a = request.shippingAddress();
        OrderReceived.Address shipTo = a == null
                ? null
                : new OrderReceived.Address(
                        a.recipient(), a.line1(), a.line2(), a.city(), a.region(), a.postalCode(), a.country());
        Amendment.Contact contact = null;
        if (request.contact() != null) {
            String phone = blankToNull(request.contact().phone());
            String email = blankToNull(request.contact().email());
            contact = new Amendment.Contact(
                    phone,
                    email,
                    phone == null ? null : cipher.hash(PiiNormalizer.phone(phone)),
                    email == null ? null : cipher.hash(PiiNormalizer.email(email)));
        }
        List<Amendment.LineChange> lines = request.lines() == null
                ? List.of()
                : request.lines().stream()
                        .map(l -> new Amendment.LineChange(l.lineNo(), l.sku(), l.specification(), l.quantity()))
                        .toList();
        return new Amendment(request.reason().trim(), shipTo, contact, lines);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private Uni<Order> find(UUID id) {
        return orders.findWithLines(id).onItem().ifNull().failWith(() -> Refusal.notFound("Order", id));
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
