package com.smartstore.oms.intake.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.smartstore.oms.contracts.events.OrderAmended;
import com.smartstore.oms.contracts.events.OrderReceived;
import com.smartstore.oms.contracts.events.SkuSource;
import com.smartstore.oms.intake.command.AmendmentRequest;
import com.smartstore.oms.intake.domain.Actor;
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
import com.smartstore.oms.kit.pii.PiiMask;
import com.smartstore.oms.kit.pii.PiiNormalizer;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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

    private Uni<OrderAmendment> apply(Order order, AmendmentRequest request, Map<String, Product> known, Actor user) {
        Instant now = clock.instant();
        List<AmendmentRequest.LineChange> lineChanges = request.lines() == null ? List.of() : request.lines();
        if (request.shippingAddress() != null || request.contact() != null) {
            order.contactChangeRefusal().ifPresent(refusal -> {
                throw Refusal.conflict("amendment-refused", refusal);
            });
        }
        if (!lineChanges.isEmpty()) {
            order.lineChangeRefusal().ifPresent(refusal -> {
                throw Refusal.conflict("amendment-refused", refusal);
            });
        }
        var before = audit.snapshot(order);
        List<String> changed = new ArrayList<>();
        Map<String, Object> details = new LinkedHashMap<>();
        OrderReceived.Address address = null;
        OrderAmended.Contact contact = null;
        if (request.shippingAddress() != null) {
            address = changeAddress(order, request);
            changed.add("shippingAddress");
            details.put("shippingAddress", PiiMask.text(address.line1()) + ", " + address.city());
        }
        if (request.contact() != null) {
            contact = changeContact(order, request.contact());
            changed.add("contact");
            details.put("contact", PiiMask.phone(contact.phone()) + " " + PiiMask.email(contact.email()));
        }
        List<OrderAmended.LineChange> lines = new ArrayList<>();
        List<OrderLine> removed = new ArrayList<>();
        String lastRemoval = null;
        for (int i = 0; i < lineChanges.size(); i++) {
            int removedSoFar = removed.size();
            lines.add(changeLine(order, lineChanges.get(i), "lines[" + i + "]", known, removed));
            if (removed.size() > removedSoFar) {
                lastRemoval = "lines[" + i + "].quantity";
            }
        }
        if (!lines.isEmpty()) {
            if (order.lines.isEmpty()) {
                throw Refusal.unprocessable(
                        "invalid-amendment",
                        lastRemoval + ": 0 would remove the order's last line; an amendment cannot remove every line,"
                                + " cancel the order instead");
            }
            order.amountRefusal().ifPresent(refusal -> {
                throw Refusal.invalid("amount-too-large", refusal);
            });
            changed.add("lines");
            details.put("lines", lines);
        }
        OrderAmendment amendment = new OrderAmendment();
        amendment.id = UUID.randomUUID();
        amendment.orderId = order.id;
        amendment.revision = order.revision;
        amendment.changed = String.join(",", changed);
        amendment.reason = request.reason().trim();
        amendment.details = toJson(details);
        amendment.amendedBy = user.name();
        amendment.amendedAt = now;
        var event = new OrderAmended(
                order.id,
                order.orderNumber,
                order.revision,
                amendment.id,
                changed,
                address,
                contact,
                lines,
                lines.isEmpty() ? null : order.totalAmount,
                amendment.reason,
                user.name(),
                now);
        return orders.getSession()
                .chain(s -> s.removeAll(removed.toArray())
                        .chain(() -> s.persist(amendment))
                        .chain(() -> s.persist(OrderStatusChange.of(
                                order.id,
                                order.revision,
                                order.status,
                                now,
                                user.name(),
                                "amended (" + String.join(", ", changed) + "): " + amendment.reason))))
                .chain(() -> audit.record(order, before, OrderAudit.Action.AMENDED, user))
                .chain(() -> outbox.add(event))
                .replaceWith(amendment);
    }

    private static OrderReceived.Address changeAddress(Order order, AmendmentRequest request) {
        var a = request.shippingAddress();
        order.shipTo(a.recipient(), a.line1(), a.line2(), a.city(), a.region(), a.postalCode(), a.country());
        return new OrderReceived.Address(
                a.recipient(), a.line1(), a.line2(), a.city(), a.region(), a.postalCode(), a.country());
    }

    private OrderAmended.Contact changeContact(Order order, AmendmentRequest.Contact c) {
        String phone =
                c.phone() == null || c.phone().isBlank() ? null : c.phone().trim();
        String email =
                c.email() == null || c.email().isBlank() ? null : c.email().trim();
        if (phone != null) {
            order.customerPhone = phone;
            order.phoneHash = cipher.hash(PiiNormalizer.phone(phone));
        }
        if (email != null) {
            order.customerEmail = email;
            order.emailHash = cipher.hash(PiiNormalizer.email(email));
        }
        return new OrderAmended.Contact(phone, email);
    }

    private static OrderAmended.LineChange changeLine(
            Order order,
            AmendmentRequest.LineChange change,
            String field,
            Map<String, Product> catalog,
            List<OrderLine> removed) {
        OrderLine line = order.lines.stream()
                .filter(l -> l.lineNo == change.lineNo())
                .findFirst()
                .orElseThrow(() -> Refusal.unprocessable(
                        "invalid-amendment",
                        field + ".lineNo: order " + order.orderNumber + " has no line " + change.lineNo()));
        String sku = line.sku;
        String name = line.productName;
        BigDecimal price = line.unitPrice;
        String spec = line.specification;
        boolean mapping = false;
        if (change.sku() != null && !change.sku().equals(line.sku)) {
            Product product = catalog.get(change.sku());
            if (product == null || !product.active) {
                throw Refusal.unprocessable(
                        "unknown-sku", field + ".sku: " + change.sku() + " is not an active catalogue product");
            }
            sku = product.sku;
            // A platform line that came without a SKU is mapped, not changed: the customer ordered and paid for that
            // product at the platform's price (issue 10).
            mapping = line.unmapped();
            if (!mapping) {
                name = product.name;
                price = product.unitPrice;
                spec = product.specification;
            }
        }
        if (change.specification() != null) {
            spec = change.specification().isBlank()
                    ? null
                    : change.specification().trim();
        }
        int quantity = change.quantity() == null ? line.quantity : change.quantity();
        if (quantity > 0 && line.discount.compareTo(price.multiply(BigDecimal.valueOf(quantity))) > 0) {
            throw Refusal.unprocessable(
                    "invalid-amendment",
                    field + ".quantity: the line's discount " + line.discount + " would exceed its new price");
        }
        int lineNo = line.lineNo;
        String previousSku = line.sku;
        int previousQuantity = line.quantity;
        order.changeLine(line, sku, name, price, spec, quantity).ifPresent(removed::add);
        if (mapping) {
            line.skuSource = SkuSource.CLERK;
        }
        return new OrderAmended.LineChange(lineNo, sku, name, spec, quantity, price, previousSku, previousQuantity);
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
