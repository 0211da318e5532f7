package com.smartstore.oms.intake.repository;

import com.smartstore.oms.contracts.events.SalesChannel;
import com.smartstore.oms.intake.domain.Order;
import com.smartstore.oms.intake.domain.OrderAudit;
import com.smartstore.oms.intake.domain.OrderShippingLine;
import com.smartstore.oms.intake.domain.OrderStatus;
import com.smartstore.oms.intake.domain.OrderStatusChange;
import com.smartstore.oms.kit.persistence.Page;
import com.smartstore.oms.kit.persistence.Where;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Orders, their lines and their history. */
@ApplicationScoped
public class OrderRepository implements PanacheRepositoryBase<Order, UUID> {

    /** The order with its lines, or null. */
    public Uni<Order> findWithLines(UUID id) {
        // list(), not firstResult(): a row limit with a collection fetch would be applied in memory.
        return find("from Order o left join fetch o.lines where o.id = ?1", id)
                .list()
                .map(found -> found.isEmpty() ? null : found.get(0));
    }

    public Uni<List<OrderStatusChange>> history(UUID orderId) {
        return getSession()
                .chain(s -> s.createQuery(
                                "from OrderStatusChange where orderId = ?1 order by occurredAt, id",
                                OrderStatusChange.class)
                        .setParameter(1, orderId)
                        .getResultList());
    }

    /** The order a platform sent under its own order id, or null. */
    public Uni<Order> findByExternalId(SalesChannel channel, String externalOrderId) {
        return find("channel = ?1 and externalOrderId = ?2", channel, externalOrderId)
                .firstResult();
    }

    public Uni<List<OrderShippingLine>> shippingLines(UUID orderId) {
        return getSession()
                .chain(s -> s.createQuery(
                                "from OrderShippingLine where orderId = ?1 order by lineNo", OrderShippingLine.class)
                        .setParameter(1, orderId)
                        .getResultList());
    }

    /** One page of the orders matching the filter, newest first, and how many match in all. */
    public Uni<Page<Order>> search(OrderFilter filter, int page, int size) {
        return new Where()
                .equal("status", filter.status())
                .equal("channel", filter.channel())
                .ifSet("receivedAt >= :from", "from", filter.receivedFrom())
                .ifSet("receivedAt < :before", "before", filter.receivedBefore())
                .equal("orderNumber", filter.orderNumber())
                .equal("externalOrderId", filter.externalOrderId())
                .ifSet("customer.phoneHash = :phone", "phone", filter.phoneHash())
                .ifSet("customer.emailHash = :email", "email", filter.emailHash())
                .pageWithTotal(this, Sort.descending("receivedAt").and("id"), page, size);
    }

    public Uni<List<OrderAudit>> audit(UUID orderId) {
        return getSession()
                .chain(s -> s.createQuery(
                                "from OrderAudit where orderId = ?1 order by occurredAt, id", OrderAudit.class)
                        .setParameter(1, orderId)
                        .getResultList());
    }

    public Uni<Integer> deleteShippingLines(UUID orderId) {
        return getSession()
                .chain(s -> s.createMutationQuery("delete from OrderShippingLine where orderId = ?1")
                        .setParameter(1, orderId)
                        .executeUpdate());
    }

    /**
     * Orders awaiting a clerk after a rejection, oldest rejection first: REJECTED ones, and picked ones whose newest
     * decision is a rejection (their goods are packed and stopped until the clerk cancels them).
     */
    public Uni<Page<Order>> awaitingCorrection(UUID orderId, int page, int size) {
        return new Where()
                .and(
                        "status = :rejected or (status = :picked and rejectedAt is not null)",
                        "rejected",
                        OrderStatus.REJECTED,
                        "picked",
                        OrderStatus.PICKED)
                .equal("id", orderId)
                .pageWithTotal(this, Sort.ascending("rejectedAt").and("id"), page, size);
    }

    /** The next number of the order-number sequence. */
    public Uni<Long> nextOrderNumber() {
        return getSession()
                .chain(s -> s.createNativeQuery("select nextval('order_number_seq')", Long.class)
                        .getSingleResult());
    }
}
