package com.smartstore.oms.returns.service;

import com.smartstore.oms.contracts.events.LineQuantity;
import com.smartstore.oms.contracts.events.ReturnResolved;
import com.smartstore.oms.kit.domain.Refusal;
import com.smartstore.oms.kit.outbox.Outbox;
import com.smartstore.oms.returns.config.ReturnsConfig;
import com.smartstore.oms.returns.config.SlaConfig;
import com.smartstore.oms.returns.domain.Alternative;
import com.smartstore.oms.returns.domain.ContactChannel;
import com.smartstore.oms.returns.domain.Eligibility;
import com.smartstore.oms.returns.domain.Inspection;
import com.smartstore.oms.returns.domain.ReturnPolicy;
import com.smartstore.oms.returns.domain.ReturnRequest;
import com.smartstore.oms.returns.domain.ReturnTicket;
import com.smartstore.oms.returns.repository.PurchaseRepository;
import com.smartstore.oms.returns.repository.ReturnRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Checks returns against the policy and opens tickets for eligible ones, emitting {@code return-requested} in the same
 * transaction.
 */
@ApplicationScoped
public class ReturnService {
    private final ReturnRepository returns;
    private final OrderGoodsService goods;
    private final PurchaseRepository purchases;
    private final ReturnsConfig config;
    private final SlaConfig sla;
    private final QualityService quality;
    private final Outbox outbox;
    private final Clock clock;

    public ReturnService(
            ReturnRepository returns,
            OrderGoodsService goods,
            PurchaseRepository purchases,
            ReturnsConfig config,
            SlaConfig sla,
            QualityService quality,
            Outbox outbox,
            Clock clock) {
        this.returns = returns;
        this.goods = goods;
        this.purchases = purchases;
        this.config = config;
        this.sla = sla;
        this.quality = quality;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** What the policy says of returning these goods (every returnable one when none are named) now. */
    @WithSession
    public Uni<Eligibility> eligibility(UUID orderId, List<LineQuantity> lines) {
        return goods.load(orderId).map(g -> config.policy().check(g, lines, clock.instant()));
    }

    /**
     * Opens a ticket for eligible goods; an ineligible return is refused naming every reason (409 for the order as a
     * whole, 422 for a line), nothing changed. Tickets of one order are opened one at a time (a transaction lock on the
     * order), so two requests cannot both take the last returnable unit.
     */
    @WithTransaction
    public Uni<ReturnTicket> request(UUID orderId, ReturnRequest request, List<LineQuantity> lines, String user) {
        return lockOrder(orderId)
                .chain(() -> goods.load(orderId))
                .chain(g -> purchases.findById(orderId).chain(purchase -> {
                    Instant now = clock.instant();
                    ReturnPolicy policy = config.policy();
                    ReturnTicket ticket = ReturnTicket.open(
                            orderId,
                            purchase == null ? null : purchase.orderNumber,
                            request,
                            policy.check(g, lines, now),
                            policy,
                            new ReturnTicket.ReturnAddress(
                                    config.warehouse().code(),
                                    config.warehouse().address()),
                            Duration.ofHours(sla.afterSalesContactHours()),
                            user,
                            now);
                    return returns.persist(ticket)
                            .call(saved -> outbox.add(saved.toRequestedEvent()))
                            .call(quality::sample);
                }));
    }

    /** Logs a contact with the customer of a ticket (R-X3); the first one stops the contact deadline. */
    @WithTransaction
    public Uni<ReturnTicket> contact(UUID id, ContactChannel channel, String note, String user) {
        return ticket(id).invoke(ticket -> ticket.recordContact(channel, note, user, clock.instant()));
    }

    /** Records what came back for a ticket (R-X4). */
    @WithTransaction
    public Uni<ReturnTicket> receive(UUID id, Map<String, Integer> received, String note, String user) {
        return ticket(id).invoke(ticket -> ticket.receive(received, note, user, clock.instant()));
    }

    /**
     * Grades the returned lines and decides their eligibility (R-X4, R-X5), publishing {@code return-received} in the
     * same transaction: the receiving warehouse restocks the RESELLABLE goods.
     */
    @WithTransaction
    public Uni<ReturnTicket> inspect(UUID id, List<Inspection> inspections, String note, String user) {
        return ticket(id).call(ticket -> {
            if (ticket.returnWarehouse == null) { // a ticket opened before issue 12 named no warehouse
                ticket.returnWarehouse = config.warehouse().code();
            }
            var received = ticket.inspect(config.policy(), inspections, note, user, clock.instant());
            ticket.startRefundClock(config.workingDays().deadline(ticket.receivedAt, sla.refundWorkingDays()));
            return outbox.add(received);
        });
    }

    /**
     * Offers an alternative for goods the policy does not cover, or records the customer's answer to the one waiting
     * (R-X4); a consent resolves the ticket and publishes {@code return-resolved} in the same transaction.
     */
    @WithTransaction
    public Uni<ReturnTicket> alternative(
            UUID id,
            Alternative offered,
            String explanation,
            BigDecimal compensation,
            Boolean consent,
            String consentNote,
            String user) {
        return ticket(id).call(ticket -> {
            if (consent == null) {
                ticket.offerAlternative(offered, explanation, compensation, user, clock.instant());
                return Uni.createFrom().voidItem();
            }
            return purchases.findById(ticket.orderId).chain(purchase -> {
                ReturnResolved resolved = ticket.consent(
                        consent, consentNote, purchase == null ? null : purchase.currency, user, clock.instant());
                return resolved == null ? Uni.createFrom().voidItem() : outbox.add(resolved);
            });
        });
    }

    /**
     * Exchanges a ticket's eligible goods (R-X6): publishes {@code exchange-requested} (intake creates the replacement
     * order) and {@code return-resolved} EXCHANGED in one transaction.
     */
    @WithTransaction
    public Uni<ReturnTicket> exchange(UUID id, String specification, String user) {
        return ticket(id).call(ticket -> {
            Uni<Void> staged = Uni.createFrom().voidItem();
            for (var event : ticket.exchange(specification, user, clock.instant())) {
                staged = staged.chain(() -> outbox.add(event));
            }
            return staged;
        });
    }

    Uni<ReturnTicket> ticket(UUID id) {
        return returns.findWithLines(id).onItem().ifNull().failWith(() -> Refusal.notFound("Return", id));
    }

    private static Uni<Void> lockOrder(UUID orderId) {
        return Panache.getSession()
                .chain(s -> s.createNativeQuery(
                                "select count(*) from (select pg_advisory_xact_lock(hashtextextended(:key, 0))) l",
                                Long.class)
                        .setParameter("key", "return-order:" + orderId)
                        .getSingleResult())
                .replaceWithVoid();
    }
}
