package com.smartstore.oms.returns.service;

import com.smartstore.oms.contracts.events.SlaBreached;
import com.smartstore.oms.contracts.events.SlaKind;
import com.smartstore.oms.kit.service.ServiceName;
import com.smartstore.oms.kit.sla.Deadline;
import com.smartstore.oms.returns.domain.ReturnTicket;
import com.smartstore.oms.returns.repository.ReturnRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/**
 * The after-sales contact deadline (R-X3) for the kit's SLA check: a ticket whose customer nobody contacted within
 * {@code oms.sla.after-sales-contact-hours} publishes {@code sla-breached} (kind AFTER_SALES_CONTACT) once. The mark
 * is a conditional update, so with two instances only one escalates it, and a ticket contacted meanwhile is not.
 */
@ApplicationScoped
public class ContactDeadline implements Deadline<ReturnTicket> {
    private final ReturnRepository returns;
    private final ServiceName service;

    public ContactDeadline(ReturnRepository returns, ServiceName service) {
        this.returns = returns;
        this.service = service;
    }

    @Override
    public String name() {
        return "return ticket without an after-sales contact";
    }

    @Override
    public Uni<List<ReturnTicket>> overdue(Instant now, int limit) {
        return returns.contactOverdue(now, limit);
    }

    @Override
    public Uni<SlaBreached> breach(ReturnTicket ticket, Instant now) {
        return returns.markContactBreached(ticket.id, now)
                .map(marked -> marked
                        ? new SlaBreached(
                                SlaKind.AFTER_SALES_CONTACT,
                                ticket.id.toString(),
                                ticket.orderId,
                                ticket.orderNumber,
                                service.value(),
                                null,
                                ticket.contactDueAt,
                                now)
                        : null);
    }
}
