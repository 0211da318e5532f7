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
 * The refund deadline (R-X4) for the kit's SLA check: a ticket with eligible goods not resolved (refund confirmed by
 * finance) within {@code oms.sla.refund-working-days} working days of the receipt publishes {@code sla-breached} (kind
 * REFUND) once, marked by a conditional update.
 */
@ApplicationScoped
public class RefundDeadline implements Deadline<ReturnTicket> {
    private final ReturnRepository returns;
    private final ServiceName service;

    public RefundDeadline(ReturnRepository returns, ServiceName service) {
        this.returns = returns;
        this.service = service;
    }

    @Override
    public String name() {
        return "return not refunded in time";
    }

    @Override
    public Uni<List<ReturnTicket>> overdue(Instant now, int limit) {
        return returns.refundOverdue(now, limit);
    }

    @Override
    public Uni<SlaBreached> breach(ReturnTicket ticket, Instant now) {
        return returns.markRefundBreached(ticket.id, now)
                .map(marked -> marked
                        ? new SlaBreached(
                                SlaKind.REFUND,
                                ticket.id.toString(),
                                ticket.orderId,
                                ticket.orderNumber,
                                service.value(),
                                null,
                                ticket.refundDueAt,
                                now)
                        : null);
    }
}
