package com.smartstore.oms.returns.domain;

import com.smartstore.oms.contracts.OmsEvent;
import com.smartstore.oms.contracts.events.ExchangeRequested;
import com.smartstore.oms.contracts.events.LineQuantity;
import com.smartstore.oms.contracts.events.ReturnOutcome;
import com.smartstore.oms.contracts.events.ReturnReceived;
import com.smartstore.oms.contracts.events.ReturnRequested;
import com.smartstore.oms.contracts.events.ReturnResolved;
import com.smartstore.oms.kit.domain.Refusal;
import com.smartstore.oms.kit.persistence.JsonColumn;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A return ticket (R-X2, R-X3): a customer's request to return goods of a shipped order that the policy found
 * eligible, with where to send them and who pays, the after-sales contact log and its deadline, and where it stands.
 */
@Entity
@Table(name = "return_ticket")
public class ReturnTicket {
    /** What replaces erased personal data where text must remain (the marker intake uses). */
    public static final String REDACTED = "[redacted]";

    @Id
    public UUID id;

    @Column(name = "order_id")
    public UUID orderId;

    @Column(name = "order_number")
    public String orderNumber;

    @Enumerated(EnumType.STRING)
    public ReturnReason reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "requested_outcome")
    public RequestedOutcome requestedOutcome;

    @Column(name = "exchange_specification")
    public String exchangeSpecification;

    /** What the customer said: personal data, erased on their redaction. */
    public String notes;

    @Convert(converter = Strings.class)
    @Column(name = "photo_urls")
    public List<String> photoUrls = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    public ReturnStatus status;

    @Column(name = "requested_by")
    public String requestedBy;

    @Column(name = "requested_at")
    public Instant requestedAt;

    @Column(name = "policy_version")
    public String policyVersion;

    @Column(name = "return_warehouse")
    public String returnWarehouse;

    @Column(name = "return_address")
    public String returnAddress;

    @Enumerated(EnumType.STRING)
    @Column(name = "shipping_paid_by")
    public ShippingPayer shippingPaidBy;

    @Column(name = "restocking_fee_percent")
    public BigDecimal restockingFeePercent = BigDecimal.ZERO;

    @Convert(converter = Contacts.class)
    public List<Contact> contacts = new ArrayList<>();

    @Column(name = "contact_due_at")
    public Instant contactDueAt;

    @Column(name = "contacted_at")
    public Instant contactedAt;

    @Column(name = "contact_breached_at")
    public Instant contactBreachedAt;

    @Column(name = "received_at")
    public Instant receivedAt;

    @Column(name = "received_by")
    public String receivedBy;

    @Column(name = "receipt_note")
    public String receiptNote;

    @Column(name = "inspected_at")
    public Instant inspectedAt;

    @Column(name = "inspected_by")
    public String inspectedBy;

    @Column(name = "inspection_note")
    public String inspectionNote;

    /** Eligible goods must be refunded (or exchanged) before this (R-X4); null when none were eligible. */
    @Column(name = "refund_due_at")
    public Instant refundDueAt;

    @Column(name = "refund_breached_at")
    public Instant refundBreachedAt;

    @Enumerated(EnumType.STRING)
    public ReturnOutcome outcome;

    @Column(name = "resolved_by")
    public String resolvedBy;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Enumerated(EnumType.STRING)
    public Alternative alternative;

    @Column(name = "alternative_explanation")
    public String alternativeExplanation;

    @Column(name = "compensation_amount")
    public BigDecimal compensationAmount;

    @Column(name = "alternative_offered_by")
    public String alternativeOfferedBy;

    @Column(name = "alternative_offered_at")
    public Instant alternativeOfferedAt;

    @Convert(converter = DeclinedOffers.class)
    @Column(name = "declined_alternatives")
    public List<DeclinedOffer> declinedAlternatives = new ArrayList<>();

    @Column(name = "consented_by")
    public String consentedBy;

    @Column(name = "consented_at")
    public Instant consentedAt;

    @Column(name = "consent_note")
    public String consentNote;

    @Version
    public int version;

    @OneToMany(mappedBy = "ticket", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNo")
    public List<ReturnLine> lines = new ArrayList<>();

    /** Where returned goods go (R-X3): the warehouse's code and postal address. */
    public record ReturnAddress(String warehouse, String address) {}

    /**
     * Opens a ticket for the goods the policy found eligible (those asked for, or every returnable one); throws the
     * eligibility's {@code Refusal}, naming every reason, if the policy does not allow the return. After-sales must
     * contact the customer within {@code contactWithin}.
     */
    public static ReturnTicket open(
            UUID orderId,
            String orderNumber,
            ReturnRequest request,
            Eligibility eligibility,
            ReturnPolicy policy,
            ReturnAddress returnTo,
            Duration contactWithin,
            String by,
            Instant at) {
        if (!eligibility.eligible()) {
            throw eligibility.refusal();
        }
        ReturnTicket ticket = new ReturnTicket();
        ticket.id = UUID.randomUUID();
        ticket.orderId = orderId;
        ticket.orderNumber = orderNumber;
        ticket.reason = request.reason();
        ticket.requestedOutcome = request.outcome();
        ticket.exchangeSpecification = request.exchangeSpecification();
        ticket.notes = request.notes();
        ticket.photoUrls = new ArrayList<>(request.photoUrls());
        ticket.status = ReturnStatus.REQUESTED;
        ticket.requestedBy = by;
        ticket.requestedAt = at;
        ticket.policyVersion = eligibility.policyVersion();
        ticket.returnWarehouse = returnTo.warehouse();
        ticket.returnAddress = returnTo.address();
        ticket.shippingPaidBy = policy.shippingPaidBy(request.reason());
        ticket.restockingFeePercent = policy.restockingFeePercent(request.reason());
        ticket.contactDueAt = at.plus(contactWithin);
        eligibility.lines().forEach(l -> ticket.addLine(l.sku(), l.quantity()));
        return ticket;
    }

    private void addLine(String sku, int quantity) {
        ReturnLine line = new ReturnLine();
        line.id = UUID.randomUUID();
        line.ticket = this;
        line.lineNo = lines.size() + 1;
        line.sku = sku.trim();
        line.quantity = quantity;
        lines.add(line);
    }

    /** Logs a contact with the customer (R-X3); the first one meets the contact deadline. */
    public Contact recordContact(ContactChannel channel, String note, String by, Instant at) {
        if (channel == null) {
            throw Refusal.invalid("channel-missing", "a contact needs its channel");
        }
        Contact contact = new Contact(at, by, channel, note == null || note.isBlank() ? null : note.trim());
        List<Contact> log = new ArrayList<>(contacts);
        log.add(contact);
        contacts = log;
        if (contactedAt == null) {
            contactedAt = at;
        }
        return contact;
    }

    /**
     * Records what came back (R-X4): per SKU of the ticket, how many; a SKU not named came back with none. Refused
     * unless the ticket awaits its goods (409), for a SKU not on the ticket or more than was asked for (422 naming the
     * line), or when nothing came back at all (422).
     */
    public void receive(Map<String, Integer> received, String note, String by, Instant at) {
        if (status != ReturnStatus.REQUESTED) {
            throw Refusal.conflict(
                    "return-not-awaiting-goods",
                    "return " + id + " is " + status + "; goods are received only for a REQUESTED return");
        }
        List<String> problems = new ArrayList<>();
        received.forEach((sku, quantity) -> {
            ReturnLine line = line(sku);
            if (line == null) {
                problems.add("sku " + sku + ": not on return " + id);
            } else if (quantity > line.quantity) {
                problems.add("sku " + sku + ": " + quantity + " received, but only " + line.quantity
                        + " were to be returned");
            }
        });
        if (!problems.isEmpty()) {
            throw Refusal.unprocessable("receipt-does-not-match", "lines: " + String.join("; ", problems));
        }
        if (received.values().stream().mapToInt(Integer::intValue).sum() == 0) {
            throw Refusal.unprocessable("nothing-received", "a receipt must record at least one item that came back");
        }
        lines.forEach(l -> l.receivedQuantity = received.getOrDefault(l.sku, 0));
        receiptNote = note == null || note.isBlank() ? null : note.trim();
        receivedBy = by;
        receivedAt = at;
        status = ReturnStatus.RECEIVED;
    }

    /**
     * Grades every line that came back (R-X4, R-X5): its condition and disposition, and whether the policy covers it;
     * returns the {@code return-received} to publish (the receiving warehouse restocks RESELLABLE goods). Refused
     * unless the goods were received and not inspected yet (409), and unless each received line is graded exactly
     * once and nothing else is (422 naming the lines).
     */
    public ReturnReceived inspect(
            ReturnPolicy policy, List<Inspection> inspections, String note, String by, Instant at) {
        if (status != ReturnStatus.RECEIVED) {
            throw Refusal.conflict(
                    "return-not-received", "return " + id + " is " + status + "; only a RECEIVED return is inspected");
        }
        List<String> problems = new ArrayList<>();
        Map<String, Inspection> bySku = new LinkedHashMap<>();
        for (Inspection inspection : inspections) {
            ReturnLine line = line(inspection.sku());
            if (line == null || line.received() == 0) {
                problems.add("sku " + inspection.sku() + ": nothing of it came back");
            } else if (bySku.put(inspection.sku(), inspection) != null) {
                problems.add("sku " + inspection.sku() + ": graded twice");
            }
        }
        lines.stream()
                .filter(l -> l.received() > 0 && !bySku.containsKey(l.sku))
                .forEach(l -> problems.add("sku " + l.sku + ": came back but is not graded"));
        if (!problems.isEmpty()) {
            throw Refusal.unprocessable("inspection-does-not-match", "lines: " + String.join("; ", problems));
        }
        List<ReturnReceived.Item> items = new ArrayList<>();
        for (ReturnLine line : lines) {
            Inspection inspection = bySku.get(line.sku);
            if (inspection == null) {
                continue;
            }
            line.condition = inspection.condition() == null
                    ? null
                    : inspection.condition().trim();
            line.disposition = inspection.disposition();
            line.eligible = policy.coversAfterInspection(reason, inspection.disposition());
            items.add(new ReturnReceived.Item(
                    line.sku, line.received(), inspection.disposition().toContract(), line.condition));
        }
        inspectionNote = note == null || note.isBlank() ? null : note.trim();
        inspectedBy = by;
        inspectedAt = at;
        status = ReturnStatus.INSPECTED;
        return new ReturnReceived(id, orderId, returnWarehouse, items, receivedBy, receivedAt);
    }

    /** Starts the refund deadline (R-X4) when inspection found goods the policy covers. */
    public void startRefundClock(Instant due) {
        if (anyEligible()) {
            refundDueAt = due;
        }
    }

    /**
     * Issues the refund of the goods inspection found eligible (R-X4..R-X6): what was paid for them (discounts
     * prorated), less the policy's restocking fee for the reason, plus the order's shipping when the store is at fault
     * and every unit the order paid for comes back refunded. Refused unless the ticket is INSPECTED with eligible goods
     * (409).
     */
    public Refund issueRefund(RefundCalculation.PaidOrder paid, String by, Instant at) {
        Map<String, Integer> eligible = refundable();
        int paidUnits = paid.lines().stream()
                .mapToInt(RefundCalculation.PaidLine::quantity)
                .sum();
        int refundedUnits =
                eligible.values().stream().mapToInt(Integer::intValue).sum();
        boolean refundShipping = shippingPaidBy == ShippingPayer.STORE && refundedUnits >= paidUnits;
        RefundCalculation.Refund computed = RefundCalculation.of(paid, eligible, restockingFeePercent, refundShipping);
        status = ReturnStatus.REFUND_ISSUED;
        return Refund.issue(this, computed, by, at);
    }

    /**
     * Per SKU, the received quantity inspection found eligible: what a refund covers. Refused unless the ticket is
     * INSPECTED (409 {@code return-not-inspected}) with eligible goods (409 {@code nothing-to-refund}).
     */
    public Map<String, Integer> refundable() {
        if (status != ReturnStatus.INSPECTED) {
            throw Refusal.conflict(
                    "return-not-inspected",
                    "return " + id + " is " + status + "; only an INSPECTED return is refunded");
        }
        Map<String, Integer> eligible = new LinkedHashMap<>();
        lines.stream()
                .filter(l -> Boolean.TRUE.equals(l.eligible))
                .forEach(l -> eligible.merge(l.sku, l.received(), Integer::sum));
        if (eligible.isEmpty()) {
            throw Refusal.conflict(
                    "nothing-to-refund",
                    "inspection of return " + id + " found no goods the policy covers; offer an alternative instead");
        }
        return eligible;
    }

    /**
     * Offers an alternative for goods the policy does not cover (R-X4), with the explanation the customer is given;
     * PARTIAL_COMPENSATION names a positive amount. Only for an INSPECTED ticket with no eligible goods (409); it is
     * carried out once the customer consents ({@link #consent}).
     */
    public void offerAlternative(
            Alternative offered, String explanation, BigDecimal compensation, String by, Instant at) {
        if (status != ReturnStatus.INSPECTED) {
            throw Refusal.conflict(
                    "return-not-inspected",
                    "return " + id + " is " + status + "; an alternative is offered after inspection");
        }
        if (anyEligible()) {
            throw Refusal.conflict(
                    "return-eligible",
                    "inspection of return " + id + " found goods the policy covers; refund them instead");
        }
        if (offered == null || explanation == null || explanation.isBlank()) {
            throw Refusal.invalid(
                    "alternative-incomplete",
                    "an alternative needs its kind and the explanation given to the customer");
        }
        boolean compensates = offered == Alternative.PARTIAL_COMPENSATION;
        if (compensates && (compensation == null || compensation.signum() <= 0)) {
            throw Refusal.invalid(
                    "compensation-amount-missing", "a partial compensation names a positive compensationAmount");
        }
        alternative = offered;
        alternativeExplanation = explanation.trim();
        compensationAmount = compensates ? compensation : null;
        alternativeOfferedBy = by;
        alternativeOfferedAt = at;
        status = ReturnStatus.ALTERNATIVE_OFFERED;
    }

    /**
     * The customer's answer to the alternative offered (409 unless one waits): consent carries it out and resolves the
     * ticket with its outcome (returns the {@code return-resolved} to publish); a refusal is recorded and the ticket
     * waits for another offer (returns null).
     */
    public ReturnResolved consent(boolean given, String note, String currency, String by, Instant at) {
        if (status != ReturnStatus.ALTERNATIVE_OFFERED) {
            throw Refusal.conflict(
                    "no-alternative-offered", "return " + id + " is " + status + "; no alternative waits for consent");
        }
        String cleaned = note == null || note.isBlank() ? null : note.trim();
        if (!given) {
            List<DeclinedOffer> declined = new ArrayList<>(declinedAlternatives);
            declined.add(new DeclinedOffer(alternative, alternativeExplanation, compensationAmount, cleaned, by, at));
            declinedAlternatives = declined;
            alternative = null;
            alternativeExplanation = null;
            compensationAmount = null;
            alternativeOfferedBy = null;
            alternativeOfferedAt = null;
            status = ReturnStatus.INSPECTED;
            return null;
        }
        consentedBy = by;
        consentedAt = at;
        consentNote = cleaned;
        status = ReturnStatus.INSPECTED; // resolve() closes it from here
        return resolve(alternative.outcome(), compensationAmount, compensationAmount == null ? null : currency, by, at);
    }

    /**
     * Exchanges the goods inspection found eligible (R-X6): returns the {@code exchange-requested} from which intake
     * creates the zero-priced replacement order (the same SKUs and quantities, in {@code specification}, else the one
     * the customer asked for), and closes the ticket EXCHANGED. Refused like a refund unless the ticket is INSPECTED
     * with eligible goods.
     */
    public List<OmsEvent> exchange(String specification, String by, Instant at) {
        Map<String, Integer> eligible = refundable();
        String wanted = specification == null || specification.isBlank() ? exchangeSpecification : specification.trim();
        ExchangeRequested requested = new ExchangeRequested(
                id,
                orderId,
                orderNumber,
                eligible.entrySet().stream()
                        .map(e -> new ExchangeRequested.Line(e.getKey(), e.getValue(), wanted))
                        .toList(),
                notes,
                by,
                at);
        exchangeSpecification = wanted;
        return List.of(requested, resolve(ReturnOutcome.EXCHANGED, null, null, by, at));
    }

    /** Closes the ticket with its outcome (R-X6); returns the {@code return-resolved} to publish. */
    public ReturnResolved resolve(ReturnOutcome how, BigDecimal refundAmount, String currency, String by, Instant at) {
        if (status == ReturnStatus.RESOLVED) {
            throw Refusal.conflict("return-resolved", "return " + id + " was resolved already (" + outcome + ")");
        }
        status = ReturnStatus.RESOLVED;
        outcome = how;
        resolvedBy = by;
        resolvedAt = at;
        return new ReturnResolved(id, orderId, how, refundAmount, currency, by, at);
    }

    /** True when inspection found at least one line the policy covers. */
    public boolean anyEligible() {
        return lines.stream().anyMatch(l -> Boolean.TRUE.equals(l.eligible));
    }

    private ReturnLine line(String sku) {
        return lines.stream().filter(l -> l.sku.equals(sku)).findFirst().orElse(null);
    }

    /**
     * True when the customer of an open ticket was not contacted by the deadline and the breach was not reported yet
     * (a ticket resolved before its deadline needs no contact any more).
     */
    public boolean contactOverdue(Instant now) {
        return status != ReturnStatus.RESOLVED
                && contactedAt == null
                && contactBreachedAt == null
                && contactDueAt != null
                && now.isAfter(contactDueAt);
    }

    /**
     * Erases what the customer said (a customer's redaction, issue 10): notes, photos and the notes of the contact log;
     * the goods, reason code, status, dates and the staff who entered it stay.
     */
    public void redact() {
        if (notes != null) {
            notes = REDACTED;
        }
        photoUrls = new ArrayList<>();
        contacts = contacts.stream()
                .map(c -> new Contact(c.at(), c.by(), c.channel(), c.note() == null ? null : REDACTED))
                .toList();
    }

    public ReturnRequested toRequestedEvent() {
        return new ReturnRequested(
                id,
                orderId,
                reason.name(),
                lines.stream().map(l -> new LineQuantity(l.sku, l.quantity)).toList(),
                requestedBy,
                requestedAt,
                notes,
                requestedOutcome.name());
    }

    /** Photo URLs as JSON. */
    @Converter
    public static class Strings extends JsonColumn.ListOf<String> {
        public Strings() {
            super(String.class);
        }
    }

    /** Declined offers as JSON. */
    @Converter
    public static class DeclinedOffers extends JsonColumn.ListOf<DeclinedOffer> {
        public DeclinedOffers() {
            super(DeclinedOffer.class);
        }
    }

    /** The contact log as JSON. */
    @Converter
    public static class Contacts extends JsonColumn.ListOf<Contact> {
        public Contacts() {
            super(Contact.class);
        }
    }
}
