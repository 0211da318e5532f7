package com.smartstore.oms.intake.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.smartstore.oms.contracts.EventJson;
import com.smartstore.oms.contracts.events.OrderAmended;
import com.smartstore.oms.contracts.events.OrderCancelRefused;
import com.smartstore.oms.contracts.events.OrderCancelRequested;
import com.smartstore.oms.contracts.events.OrderCancelled;
import com.smartstore.oms.contracts.events.OrderReceived;
import com.smartstore.oms.contracts.events.PaymentMethod;
import com.smartstore.oms.contracts.events.SalesChannel;
import com.smartstore.oms.contracts.events.SkuSource;
import com.smartstore.oms.kit.domain.Refusal;
import com.smartstore.oms.kit.pii.PiiMask;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A customer order as intake owns it: what was ordered, by whom, how it is paid, and where it is now. */
@Entity
@Table(name = "orders")
public class Order {
    @Id
    public UUID id;

    @Column(name = "order_number")
    public String orderNumber;

    public int revision;

    @Enumerated(EnumType.STRING)
    public SalesChannel channel;

    @Column(name = "external_order_id")
    public String externalOrderId;

    /** For an exchange's replacement order (issue 12): the return ticket it was decided on, and the original order. */
    @Column(name = "replaces_return_id")
    public UUID replacesReturnId;

    @Column(name = "replaces_order_id")
    public UUID replacesOrderId;

    @Enumerated(EnumType.STRING)
    public OrderStatus status;

    @Embedded
    public Customer customer = new Customer();

    @Embedded
    public ShipTo shipTo = new ShipTo();

    @Column(name = "special_requests")
    public String specialRequests;

    @Column(name = "gift_note")
    public String giftNote;

    @Column(name = "requested_ship_date")
    public LocalDate requestedShipDate;

    @Embedded
    public PaymentPlan payment = new PaymentPlan();

    @Column(name = "total_amount")
    public BigDecimal totalAmount;

    /** Sum of the line discounts (already deducted from the lines). */
    @Column(name = "discount_amount")
    public BigDecimal discountAmount = BigDecimal.ZERO;

    /** Shipping charged to the customer; part of the total and of what is paid. */
    @Column(name = "shipping_amount")
    public BigDecimal shippingAmount = BigDecimal.ZERO;

    /** Tax charged on top of the prices (zero when prices include tax). */
    @Column(name = "tax_amount")
    public BigDecimal taxAmount = BigDecimal.ZERO;

    public String currency;

    @Column(name = "received_at")
    public Instant receivedAt;

    @Column(name = "created_by")
    public String createdBy;

    /**
     * The roles of {@link #createdBy} (sorted, comma-separated) when a member of staff keyed the order in through the
     * REST API or an entry request; null for platform, storefront and replacement orders (issue 13, R-A7).
     */
    @Column(name = "entered_by_roles")
    public String enteredByRoles;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @Column(name = "cancelled_by")
    public String cancelledBy;

    /** The reason of the latest cancellation request. */
    @Column(name = "cancel_reason")
    public String cancelReason;

    /** The latest cancellation request (R-I11) and shipping's answer to it; null status: none was made. */
    @Column(name = "cancel_request_id")
    public UUID cancelRequestId;

    @Enumerated(EnumType.STRING)
    @Column(name = "cancel_status")
    public CancellationStatus cancelStatus;

    @Column(name = "cancel_requested_at")
    public Instant cancelRequestedAt;

    @Column(name = "cancel_requested_by")
    public String cancelRequestedBy;

    @Column(name = "cancel_answered_at")
    public Instant cancelAnsweredAt;

    @Column(name = "cancel_refusal_code")
    public String cancelRefusalCode;

    @Column(name = "cancel_refusal_reason")
    public String cancelRefusalReason;

    /**
     * The sequence of review's newest decision applied to the status (0: none, or only decisions without one):
     * review numbers its decisions, and the three decision topics are consumed independently.
     */
    @Column(name = "decision_sequence")
    public long decisionSequence;

    /** The reviewer's rejection of the current revision (R-I9), for the clerks' correction list. */
    @Column(name = "rejection_code")
    public String rejectionCode;

    @Column(name = "rejection_reason")
    public String rejectionReason;

    @Column(name = "rejected_by")
    public String rejectedBy;

    @Column(name = "rejected_at")
    public Instant rejectedAt;

    /**
     * What the platform said about the order (issue 10), as the JSON of {@link OrderReceived.Platform}: its order
     * name, test flag, status and cancellation at creation, the amounts it charged; null for orders entered by
     * people. Read and set it with {@link #platform()} / {@link #platform(OrderReceived.Platform)}.
     */
    @Column(name = "platform_facts")
    public String platformFacts;

    /** The platform's time of the newest update intake acted on (issue 10): an older update is stale. */
    @Column(name = "platform_updated_at")
    public Instant platformUpdatedAt;

    @Version
    public int version;

    /** Lines removed from the list must also be removed from the session (see {@link #clearLines()}). */
    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL)
    @OrderBy("lineNo")
    public List<OrderLine> lines = new ArrayList<>();

    public void addLine(String sku, String productName, String specification, int quantity, BigDecimal unitPrice) {
        addLine(sku, productName, specification, quantity, unitPrice, BigDecimal.ZERO);
    }

    public void addLine(
            String sku,
            String productName,
            String specification,
            int quantity,
            BigDecimal unitPrice,
            BigDecimal discount) {
        OrderLine line = new OrderLine();
        line.id = UUID.randomUUID();
        line.order = this;
        line.lineNo = lines.size() + 1;
        line.sku = sku;
        line.productName = productName;
        line.specification = specification;
        line.quantity = quantity;
        line.unitPrice = unitPrice;
        line.discount = discount == null ? BigDecimal.ZERO : discount;
        lines.add(line);
        recomputeTotal();
    }

    /**
     * Takes what the platform said beyond the order request (issue 10): the currency the customer was charged in,
     * the platform's facts, and per line its ids and where the SKU came from (by position; lines beyond the
     * details' get none).
     */
    public void applyPlatform(PlatformDetails details) {
        if (details == null) {
            return;
        }
        if (details.currency() != null) {
            currency = details.currency();
        }
        platform(details.platform());
        for (int i = 0; i < lines.size() && i < details.lines().size(); i++) {
            OrderLine line = lines.get(i);
            PlatformDetails.Line facts = details.lines().get(i);
            line.skuSource = facts.skuSource();
            line.platformProductId = facts.productId();
            line.platformVariantId = facts.variantId();
            line.shopUnitPrice = facts.shopUnitPrice();
            line.properties(facts.properties());
        }
    }

    public OrderReceived.Platform platform() {
        if (platformFacts == null) {
            return null;
        }
        try {
            return EventJson.mapper().readValue(platformFacts, OrderReceived.Platform.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("platform facts of order " + orderNumber + " are not JSON", e);
        }
    }

    public void platform(OrderReceived.Platform facts) {
        try {
            platformFacts = facts == null ? null : EventJson.mapper().writeValueAsString(facts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What replaces erased personal data in the columns that must hold text. */
    public static final String REDACTED = "[redacted]";

    /** True once the customer's personal data was erased from the order. */
    public boolean redacted() {
        return REDACTED.equals(customer.name);
    }

    /**
     * Why the customer's personal data cannot be erased yet, if it cannot: an order in progress (neither shipped nor
     * cancelled) still needs the address and contact to be delivered.
     */
    public Optional<String> redactRefusal() {
        return status == OrderStatus.SHIPPED || status == OrderStatus.CANCELLED
                ? Optional.empty()
                : Optional.of(status + ": the order is in progress and needs the customer's address and contact");
    }

    /**
     * Erases the customer's personal data at their request (a platform's redaction): name, phone, e-mail and their
     * search hashes, the address but the country, remarks, the platform's attributes and line properties. What was
     * ordered, the amounts and the keyed customer pseudonym stay (bookkeeping, statistics).
     */
    public void redact() {
        customer.name = REDACTED;
        customer.phone = null;
        customer.email = null;
        customer.phoneHash = null;
        customer.emailHash = null;
        shipTo.recipient = null;
        shipTo.line1 = REDACTED;
        shipTo.line2 = null;
        shipTo.city = REDACTED;
        shipTo.region = null;
        shipTo.postalCode = REDACTED;
        specialRequests = null;
        giftNote = null;
        OrderReceived.Platform facts = platform();
        if (facts != null) {
            platform(new OrderReceived.Platform(
                    facts.orderName(),
                    facts.test(),
                    facts.status(),
                    facts.cancelledAt(),
                    facts.cancelReason(),
                    facts.charged(),
                    facts.shopCurrency(),
                    facts.chargedInShopCurrency(),
                    facts.discountCodes(),
                    null));
        }
        lines.forEach(line -> line.properties(null));
    }

    /** True when the platform had cancelled the order before it reached us (issue 10). */
    public boolean cancelledOnPlatform() {
        OrderReceived.Platform facts = platform();
        return facts != null && facts.cancelledAt() != null;
    }

    /** Sets the shipping address (R-I4): for a new order, a corrected revision or an amendment. */
    public void shipTo(
            String recipient,
            String line1,
            String line2,
            String city,
            String region,
            String postalCode,
            String country) {
        shipTo.recipient = recipient;
        shipTo.line1 = line1;
        shipTo.line2 = line2;
        shipTo.city = city;
        shipTo.region = region;
        shipTo.postalCode = postalCode;
        shipTo.country = country;
    }

    /**
     * Removes every line, before a corrected revision's lines are added, and returns them for the caller to
     * delete (no orphan removal: Hibernate Reactive fails on it).
     */
    public List<OrderLine> clearLines() {
        List<OrderLine> removed = List.copyOf(lines);
        lines.clear();
        recomputeTotal();
        return removed;
    }

    /** Changes a line in place (R-I10); quantity 0 removes it: then it is returned for the caller to delete. */
    public Optional<OrderLine> changeLine(
            OrderLine line, String sku, String productName, BigDecimal unitPrice, String spec, int qty) {
        if (qty == 0) {
            lines.remove(line);
            recomputeTotal();
            return Optional.of(line);
        } else {
            line.sku = sku;
            line.productName = productName;
            line.unitPrice = unitPrice;
            line.specification = spec;
            line.quantity = qty;
        }
        recomputeTotal();
        return Optional.empty();
    }

    /**
     * Applies a customer's change (R-I10): address and contact until the order ships, lines until it is picked; a new
     * SKU must be an active product of the catalogue (given by SKU), whose name and price the line takes, except a
     * platform line that came without a SKU (issue 10): that is mapped and keeps the platform's price. Refuses (and
     * changes nothing the caller keeps) what the rules do not allow; returns the amendment with its event.
     */
    public Amendment.Applied amend(Amendment change, Map<String, Product> catalogue, String by, Instant at) {
        if (change.shipTo() != null || change.contact() != null) {
            contactChangeRefusal().ifPresent(refusal -> {
                throw Refusal.conflict("amendment-refused", refusal);
            });
        }
        if (!change.lines().isEmpty()) {
            lineChangeRefusal().ifPresent(refusal -> {
                throw Refusal.conflict("amendment-refused", refusal);
            });
        }
        List<String> changed = new ArrayList<>();
        Map<String, Object> details = new LinkedHashMap<>();
        OrderReceived.Address address = change.shipTo();
        if (address != null) {
            shipTo(
                    address.recipient(),
                    address.line1(),
                    address.line2(),
                    address.city(),
                    address.region(),
                    address.postalCode(),
                    address.country());
            changed.add("shippingAddress");
            details.put("shippingAddress", PiiMask.text(address.line1()) + ", " + address.city());
        }
        OrderAmended.Contact contact = null;
        if (change.contact() != null) {
            contact = changeContact(change.contact());
            changed.add("contact");
            details.put("contact", PiiMask.phone(contact.phone()) + " " + PiiMask.email(contact.email()));
        }
        List<OrderAmended.LineChange> lineChanges = new ArrayList<>();
        List<OrderLine> removed = new ArrayList<>();
        String lastRemoval = null;
        for (int i = 0; i < change.lines().size(); i++) {
            int removedSoFar = removed.size();
            lineChanges.add(changeLine(change.lines().get(i), "lines[" + i + "]", catalogue, removed));
            if (removed.size() > removedSoFar) {
                lastRemoval = "lines[" + i + "].quantity";
            }
        }
        if (!lineChanges.isEmpty()) {
            if (lines.isEmpty()) {
                throw Refusal.unprocessable(
                        "invalid-amendment",
                        lastRemoval + ": 0 would remove the order's last line; an amendment cannot remove every line,"
                                + " cancel the order instead");
            }
            amountRefusal().ifPresent(refusal -> {
                throw Refusal.invalid("amount-too-large", refusal);
            });
            changed.add("lines");
            details.put("lines", lineChanges);
        }
        OrderAmendment amendment = new OrderAmendment();
        amendment.id = UUID.randomUUID();
        amendment.orderId = id;
        amendment.revision = revision;
        amendment.changed = String.join(",", changed);
        amendment.reason = change.reason();
        amendment.amendedBy = by;
        amendment.amendedAt = at;
        OrderAmended event = new OrderAmended(
                id,
                orderNumber,
                revision,
                amendment.id,
                changed,
                address,
                contact,
                lineChanges,
                lineChanges.isEmpty() ? null : totalAmount,
                amendment.reason,
                by,
                at);
        return new Amendment.Applied(amendment, removed, event, details);
    }

    private OrderAmended.Contact changeContact(Amendment.Contact c) {
        if (c.phone() != null) {
            customer.phone = c.phone();
            customer.phoneHash = c.phoneHash();
        }
        if (c.email() != null) {
            customer.email = c.email();
            customer.emailHash = c.emailHash();
        }
        return new OrderAmended.Contact(c.phone(), c.email());
    }

    private OrderAmended.LineChange changeLine(
            Amendment.LineChange change, String field, Map<String, Product> catalogue, List<OrderLine> removed) {
        OrderLine line = lines.stream()
                .filter(l -> l.lineNo == change.lineNo())
                .findFirst()
                .orElseThrow(() -> Refusal.unprocessable(
                        "invalid-amendment",
                        field + ".lineNo: order " + orderNumber + " has no line " + change.lineNo()));
        String sku = line.sku;
        String name = line.productName;
        BigDecimal price = line.unitPrice;
        String spec = line.specification;
        boolean mapping = false;
        if (change.sku() != null && !change.sku().equals(line.sku)) {
            Product product = catalogue.get(change.sku());
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
        changeLine(line, sku, name, price, spec, quantity).ifPresent(removed::add);
        if (mapping) {
            line.skuSource = SkuSource.CLERK;
        }
        return new OrderAmended.LineChange(lineNo, sku, name, spec, quantity, price, previousSku, previousQuantity);
    }

    /**
     * Sets what the customer ordered: for a new order and for a corrected revision. Returns the lines it replaced,
     * for the caller to delete; refuses amounts an order cannot hold.
     */
    public List<OrderLine> fill(OrderContent content) {
        customer = content.customer();
        shipTo = content.shipTo();
        specialRequests = content.specialRequests();
        giftNote = content.giftNote();
        requestedShipDate = content.requestedShipDate();
        payment = content.payment();
        List<OrderLine> replaced = clearLines();
        content.lines()
                .forEach(l -> addLine(
                        l.sku(), l.productName(), l.specification(), l.quantity(), l.unitPrice(), l.discount()));
        charge(content.shipping(), content.tax());
        amountRefusal().ifPresent(refusal -> {
            throw Refusal.invalid("amount-too-large", refusal);
        });
        return replaced;
    }

    /** A corrected revision: the lines it replaced (for the caller to delete) and the event that publishes it. */
    public record Corrected(List<OrderLine> replaced, OrderReceived event) {}

    /**
     * Resubmits a rejected order with corrected content as its next revision (R-I9): back to RECEIVED, published
     * again as {@code order-received}, which review treats as new work. Only a REJECTED order. A payment a platform
     * vouched for stays vouched for only if the correction leaves it as it was (a clerk cannot vouch for one).
     */
    public Corrected correct(OrderContent content, Instant at) {
        if (status != OrderStatus.REJECTED) {
            throw Refusal.conflict(
                    "not-rejected",
                    "Only a rejected order can be corrected and resubmitted; order " + orderNumber + " is " + status);
        }
        PaymentPlan vouched = payment;
        List<OrderLine> replaced = fill(content);
        payment.confirmedBy = vouched.confirmedBy;
        keepPaymentConfirmationIfUnchanged(vouched.method, vouched.amount, vouched.paidAt);
        resubmit();
        return new Corrected(replaced, toReceivedEvent(at));
    }

    /** Why the order can no longer be cancelled, if it cannot (R-I11: only until it ships). */
    public Optional<String> cancelRefusal() {
        return switch (status) {
            case SHIPPED -> Optional.of("SHIPPED: the order has shipped; start a return instead");
            case CANCELLED -> Optional.of("CANCELLED: the order was cancelled already");
            default -> Optional.empty();
        };
    }

    /** Why the shipping address or contact can no longer change, if they cannot: only until the order ships. */
    public Optional<String> contactChangeRefusal() {
        return status.isAtLeast(OrderStatus.SHIPPED)
                ? Optional.of(status + ": address and contact can change only until the order ships")
                : Optional.empty();
    }

    /** Why lines can no longer change, if they cannot: only until the order is picked. */
    public Optional<String> lineChangeRefusal() {
        return status.isAtLeast(OrderStatus.PICKED)
                ? Optional.of(status + ": lines can change only until the order is picked")
                : Optional.empty();
    }

    /** True while a cancellation request waits for shipping's answer: asking again is the same request. */
    public boolean cancellationPending() {
        return cancelStatus == CancellationStatus.REQUESTED;
    }

    /**
     * Records a cancellation request (R-I11) and returns it for shipping to answer; the status stays as it is until
     * shipping confirms. The caller has checked {@link #cancelRefusal()} and {@link #cancellationPending()}.
     */
    public OrderCancelRequested requestCancellation(String reason, String by, Instant at) {
        cancelRequestId = UUID.randomUUID();
        cancelStatus = CancellationStatus.REQUESTED;
        cancelReason = reason;
        cancelRequestedBy = by;
        cancelRequestedAt = at;
        cancelAnsweredAt = null;
        cancelRefusalCode = null;
        cancelRefusalReason = null;
        return new OrderCancelRequested(id, orderNumber, cancelRequestId, status.name(), reason, by, at);
    }

    /**
     * Shipping confirmed a cancellation: the order is CANCELLED, finally. Returns the history entry, or nothing when
     * it was cancelled already. Shipping is the authority, so a confirmation counts whatever request it answers
     * (also one without a request id, from before cancellations were requests).
     */
    public Optional<OrderStatusChange> confirmCancellation(OrderCancelled confirmed, Instant at) {
        if (status == OrderStatus.CANCELLED) {
            return Optional.empty();
        }
        if (confirmed.requestId() == null || !confirmed.requestId().equals(cancelRequestId)) {
            cancelRequestId = confirmed.requestId();
            cancelReason = confirmed.reason();
            cancelRequestedBy = confirmed.cancelledBy();
            cancelRequestedAt = confirmed.cancelledAt();
        }
        status = OrderStatus.CANCELLED;
        cancelStatus = CancellationStatus.CONFIRMED;
        cancelAnsweredAt = at;
        cancelRefusalCode = null;
        cancelRefusalReason = null;
        cancelledAt = confirmed.cancelledAt();
        cancelledBy = confirmed.cancelledBy();
        return Optional.of(OrderStatusChange.of(
                id, revision, OrderStatus.CANCELLED, at, "shipping", "cancellation confirmed: " + cancelReason));
    }

    /**
     * Shipping refused the pending request: recorded with its code and reason, the status unchanged. Returns the
     * history entry, or nothing when the answer is not about the pending request (an older one, or a duplicate).
     */
    public Optional<OrderStatusChange> refuseCancellation(OrderCancelRefused refused, Instant at) {
        if (!cancellationPending() || !refused.requestId().equals(cancelRequestId)) {
            return Optional.empty();
        }
        cancelStatus = CancellationStatus.REFUSED;
        cancelAnsweredAt = at;
        cancelRefusalCode = refused.code();
        cancelRefusalReason = refused.reason();
        return Optional.of(OrderStatusChange.of(
                id,
                revision,
                status,
                at,
                "shipping",
                "cancellation refused (" + refused.code() + "): " + refused.reason()));
    }

    /**
     * True when the platform's update of {@code updatedAt} is older than the newest one acted on: the platform sends
     * updates in any order and retries them, so an older one must not undo a newer one. An update without a time
     * (a refund, a deletion) and one of the same time (Shopify sends {@code orders/updated} beside
     * {@code orders/cancelled} and {@code orders/paid}) are not stale.
     */
    public boolean stalePlatformUpdate(Instant updatedAt) {
        return updatedAt != null && platformUpdatedAt != null && updatedAt.isBefore(platformUpdatedAt);
    }

    /** Remembers the platform's time of an update acted on, if it is the newest. */
    public void platformUpdated(Instant updatedAt) {
        if (updatedAt != null && (platformUpdatedAt == null || updatedAt.isAfter(platformUpdatedAt))) {
            platformUpdatedAt = updatedAt;
        }
    }

    /** Starts the next revision after a rejection (R-I9): reviewed again as new work. */
    public void resubmit() {
        revision++;
        status = OrderStatus.RECEIVED;
    }

    /** Sets the shipping charge and the tax on top, which the customer pays with the lines. */
    public void charge(BigDecimal shipping, BigDecimal tax) {
        shippingAmount = shipping == null ? BigDecimal.ZERO : shipping;
        taxAmount = tax == null ? BigDecimal.ZERO : tax;
        recomputeTotal();
    }

    /** The longest platform order id kept (it is indexed; ids of platforms are numbers or short codes). */
    public static final int MAX_EXTERNAL_ID_LENGTH = 200;

    /** The most an amount of an order can be: its columns are {@code numeric(12, 2)}. */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999.99");

    /**
     * Why the order's amounts cannot be kept, if they cannot: its total, its line discounts or its shipping add up to
     * more than {@link #MAX_AMOUNT} (each line's price fits, a thousand of them need not). Starts with the request
     * fields that make the sum.
     */
    public Optional<String> amountRefusal() {
        if (totalAmount.compareTo(MAX_AMOUNT) > 0) {
            return Optional.of(("lines, shippingLines and taxAmount: the order comes to %s (quantity times unitPrice"
                            + " less discount of every line, plus shipping and tax), more than %s, the most one order"
                            + " can hold")
                    .formatted(totalAmount.toPlainString(), MAX_AMOUNT));
        }
        if (discountAmount.compareTo(MAX_AMOUNT) > 0) {
            return Optional.of("lines: the line discounts add up to %s, more than %s, the most one order can hold"
                    .formatted(discountAmount.toPlainString(), MAX_AMOUNT));
        }
        if (shippingAmount.compareTo(MAX_AMOUNT) > 0) {
            return Optional.of(
                    "shippingLines: the shipping lines add up to %s, more than %s, the most one order can hold"
                            .formatted(shippingAmount.toPlainString(), MAX_AMOUNT));
        }
        return Optional.empty();
    }

    private void recomputeTotal() {
        discountAmount = lines.stream().map(l -> l.discount).reduce(BigDecimal.ZERO, BigDecimal::add);
        totalAmount = lines.stream()
                .map(OrderLine::total)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .add(shippingAmount)
                .add(taxAmount);
    }

    /**
     * Applies a step reported downstream and returns the history entry to record, or nothing when the
     * event concerns an older revision (a corrected order replaced it); a null revision means the current one. Status only moves forward, so an
     * event that arrives late (topics are not ordered among each other) is recorded without moving it back.
     */
    public Optional<OrderStatusChange> advance(
            OrderStatus next, Integer eventRevision, Instant at, String actor, String detail) {
        if (eventRevision != null && eventRevision < revision) {
            return Optional.empty();
        }
        if (status.isBefore(next)) {
            status = next;
        }
        return Optional.of(OrderStatusChange.of(id, revision, next, at, actor, detail));
    }

    /**
     * Applies one of review's decisions (IN_MANUAL_REVIEW for a hold, APPROVED, REJECTED) and returns the history
     * entry, or nothing for an older revision. The decision with the highest {@code sequence} (null: 0) decides the
     * status, so a hold or rejection after an approval wins over it and a late, older decision does not; between
     * decisions without a sequence the status only moves forward, as before sequences existed. Fulfilment facts
     * (PICKED, SHIPPED) and CANCELLED are not undone by a decision: warehouse and shipping obey the hold.
     */
    public Optional<OrderStatusChange> decide(
            OrderStatus decision, Integer eventRevision, Long sequence, Instant at, String actor, String detail) {
        if (eventRevision != null && eventRevision < revision) {
            return Optional.empty();
        }
        long seq = sequence == null ? 0 : sequence;
        boolean newest = seq > decisionSequence || (seq == decisionSequence && status.isBefore(decision));
        if (newest) {
            decisionSequence = Math.max(seq, decisionSequence);
            if (status.setByReview()) {
                status = decision;
            }
        }
        return Optional.of(OrderStatusChange.of(id, revision, decision, at, actor, detail));
    }

    /**
     * A signed platform webhook stored this order (R-I6): if it says the order is paid, the platform vouches for it,
     * and review may rely on it without waiting for a capture.
     */
    public void paymentVouchedBy(String platform) {
        payment.confirmedBy = payment.paidAt == null ? null : platform;
    }

    /**
     * Whether a paid order is still vouched for after a corrected revision: only when the payment the clerk sent is
     * the one the platform vouched for (a clerk cannot vouch for a payment).
     */
    public void keepPaymentConfirmationIfUnchanged(
            PaymentMethod confirmedMethod, BigDecimal confirmedAmount, Instant confirmedPaidAt) {
        if (payment.confirmedBy != null
                && !(payment.method == confirmedMethod
                        && payment.paidAt != null
                        && payment.paidAt.equals(confirmedPaidAt)
                        && payment.amount != null
                        && confirmedAmount != null
                        && payment.amount.compareTo(confirmedAmount) == 0)) {
            payment.confirmedBy = null;
        }
    }

    public OrderReceived toReceivedEvent() {
        return toReceivedEvent(receivedAt);
    }

    /** The event of the current revision; a corrected revision is received when it is resubmitted. */
    public OrderReceived toReceivedEvent(Instant revisionReceivedAt) {
        return new OrderReceived(
                id,
                orderNumber,
                revision,
                channel,
                externalOrderId,
                new OrderReceived.Customer(customer.pseudonym, customer.name, customer.phone, customer.email),
                new OrderReceived.Address(
                        shipTo.recipient,
                        shipTo.line1,
                        shipTo.line2,
                        shipTo.city,
                        shipTo.region,
                        shipTo.postalCode,
                        shipTo.country),
                lines.stream()
                        .map(l -> new OrderReceived.Line(
                                l.lineNo,
                                l.sku,
                                l.productName,
                                l.specification,
                                l.quantity,
                                l.unitPrice,
                                l.discount.signum() == 0 ? null : l.discount,
                                l.skuSource,
                                l.platformProductId,
                                l.platformVariantId,
                                l.shopUnitPrice,
                                l.properties()))
                        .toList(),
                specialRequests == null && giftNote == null && requestedShipDate == null
                        ? null
                        : new OrderReceived.Remarks(specialRequests, giftNote, requestedShipDate),
                new OrderReceived.Payment(
                        payment.method,
                        payment.amount,
                        payment.paidAt,
                        payment.instalmentCount == null
                                ? null
                                : new OrderReceived.Instalments(payment.instalmentCount, payment.instalmentAmount),
                        payment.paidAt == null ? null : payment.confirmedBy),
                totalAmount,
                currency,
                revisionReceivedAt,
                new OrderReceived.Charges(shippingAmount, BigDecimal.ZERO, taxAmount),
                platform(),
                replacement(),
                enteredBy());
    }

    /** Who keyed the order in, if a member of staff did (issue 13): the same on every revision. */
    public OrderReceived.EnteredBy enteredBy() {
        return enteredByRoles == null
                ? null
                : new OrderReceived.EnteredBy(
                        createdBy, enteredByRoles.isEmpty() ? List.of() : List.of(enteredByRoles.split(",")));
    }

    /** Marks the order as keyed in by {@code user} with these roles (sorted). */
    public void enteredBy(List<String> roles) {
        enteredByRoles = String.join(",", roles.stream().sorted().toList());
    }

    /** What the order replaces, if it is an exchange's replacement order (issue 12). */
    public OrderReceived.Replacement replacement() {
        return replacesReturnId == null ? null : new OrderReceived.Replacement(replacesReturnId, replacesOrderId);
    }
}
