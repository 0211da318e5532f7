package com.smartstore.oms.returns.domain;

import com.smartstore.oms.contracts.events.LineQuantity;
import com.smartstore.oms.contracts.events.ReturnRequested;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A return ticket (R-X2): a customer's request to return goods of a shipped order, and where it stands. */
@Entity
@Table(name = "return_ticket")
public class ReturnTicket {
    @Id
    public UUID id;

    @Column(name = "order_id")
    public UUID orderId;

    public String reason;

    @Enumerated(EnumType.STRING)
    public ReturnStatus status;

    @Column(name = "requested_by")
    public String requestedBy;

    @Column(name = "requested_at")
    public Instant requestedAt;

    @Version
    public int version;

    @OneToMany(mappedBy = "ticket", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNo")
    public List<ReturnLine> lines = new ArrayList<>();

    /**
     * Opens a ticket for the goods the policy found eligible (those asked for, or every returnable one); throws the
     * eligibility's {@code Refusal}, naming every reason, if the policy does not allow the return.
     */
    public static ReturnTicket open(UUID orderId, String reason, Eligibility eligibility, String by, Instant at) {
        if (!eligibility.eligible()) {
            throw eligibility.refusal();
        }
        ReturnTicket ticket = new ReturnTicket();
        ticket.id = UUID.randomUUID();
        ticket.orderId = orderId;
        ticket.reason = reason.trim();
        ticket.status = ReturnStatus.REQUESTED;
        ticket.requestedBy = by;
        ticket.requestedAt = at;
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

    /** What replaces erased personal data where text must remain (the marker intake uses). */
    public static final String REDACTED = "[redacted]";

    /**
     * Erases the customer's reason (free text they gave, a customer's redaction, issue 10); the goods, status, dates
     * and the staff member who entered it stay.
     */
    public void redact() {
        reason = REDACTED;
    }

    public ReturnRequested toRequestedEvent() {
        return new ReturnRequested(
                id,
                orderId,
                reason,
                lines.stream().map(l -> new LineQuantity(l.sku, l.quantity)).toList(),
                requestedBy,
                requestedAt);
    }
}
