package com.smartstore.oms.returns.domain;

import com.smartstore.oms.contracts.events.LineQuantity;
import com.smartstore.oms.contracts.events.ReturnRequested;
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
import java.util.List;
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

    /** True when the customer was not contacted by the deadline and the breach was not reported yet. */
    public boolean contactOverdue(Instant now) {
        return contactedAt == null && contactBreachedAt == null && contactDueAt != null && now.isAfter(contactDueAt);
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

    /** The contact log as JSON. */
    @Converter
    public static class Contacts extends JsonColumn.ListOf<Contact> {
        public Contacts() {
            super(Contact.class);
        }
    }
}
