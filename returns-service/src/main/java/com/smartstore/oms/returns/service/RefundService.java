package com.smartstore.oms.returns.service;

import com.smartstore.oms.contracts.events.ReturnOutcome;
import com.smartstore.oms.kit.domain.Refusal;
import com.smartstore.oms.kit.outbox.Outbox;
import com.smartstore.oms.returns.domain.Refund;
import com.smartstore.oms.returns.domain.RefundCalculation;
import com.smartstore.oms.returns.domain.ReturnTicket;
import com.smartstore.oms.returns.repository.PurchaseRepository;
import com.smartstore.oms.returns.repository.RefundRepository;
import com.smartstore.oms.returns.repository.ReturnRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;

/**
 * Refunds (R-X4..R-X6): after-sales issues one for a ticket's eligible goods, computed from what the order paid, and
 * publishes {@code refund-issued}; finance confirms the payout, which resolves the ticket ({@code return-resolved},
 * REFUNDED). Each in one transaction with its events (outbox).
 */
@ApplicationScoped
public class RefundService {
    private final ReturnService tickets;
    private final ReturnRepository returns;
    private final RefundRepository refunds;
    private final PurchaseRepository purchases;
    private final Outbox outbox;
    private final Clock clock;

    public RefundService(
            ReturnService tickets,
            ReturnRepository returns,
            RefundRepository refunds,
            PurchaseRepository purchases,
            Outbox outbox,
            Clock clock) {
        this.tickets = tickets;
        this.returns = returns;
        this.refunds = refunds;
        this.purchases = purchases;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Issues the refund of a ticket's eligible goods; 409 {@code order-prices-unknown} when returns never saw the order. */
    @WithTransaction
    public Uni<Refund> issue(UUID returnId, String user) {
        return tickets.ticket(returnId)
                .chain(ticket -> purchases.findById(ticket.orderId).chain(purchase -> {
                    ticket.refundable(); // the ticket's own refusals come first
                    if (purchase == null) {
                        throw Refusal.conflict(
                                "order-prices-unknown",
                                "returns has not received order " + ticket.orderId
                                        + " (order-received), so it cannot tell" + " what was paid for the goods");
                    }
                    return purchases.lines(ticket.orderId).chain(lines -> {
                        RefundCalculation.PaidOrder paid = new RefundCalculation.PaidOrder(
                                lines.stream()
                                        .map(l -> new RefundCalculation.PaidLine(
                                                l.sku, l.quantity, l.unitPrice, l.discount))
                                        .toList(),
                                purchase.orderDiscount,
                                purchase.shippingCharge,
                                purchase.currency);
                        Refund refund = ticket.issueRefund(paid, user, clock.instant());
                        return refunds.persist(refund).call(saved -> outbox.add(saved.toIssuedEvent()));
                    });
                }));
    }

    /** Finance confirms a refund was paid out; the ticket is resolved REFUNDED. */
    @WithTransaction
    public Uni<Refund> confirm(UUID refundId, String reference, String user) {
        return refunds.findById(refundId)
                .onItem()
                .ifNull()
                .failWith(() -> Refusal.notFound("Refund", refundId))
                .call(refund -> {
                    refund.confirm(reference, user, clock.instant());
                    return returns.findById(refund.returnId)
                            .chain((ReturnTicket ticket) -> outbox.add(ticket.resolve(
                                    ReturnOutcome.REFUNDED, refund.amount, refund.currency, user, clock.instant())));
                });
    }
}
