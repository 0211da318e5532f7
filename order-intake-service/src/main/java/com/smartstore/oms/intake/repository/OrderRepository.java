package com.smartstore.oms.intake.repository;

import com.smartstore.oms.contracts.events.SalesChannel;
import com.smartstore.oms.intake.domain.Order;
import com.smartstore.oms.intake.domain.OrderShippingLine;
import com.smartstore.oms.intake.domain.OrderStatus;
import com.smartstore.oms.intake.domain.OrderStatusChange;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
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

    public Uni<List<Order>> page(OrderStatus status, int page, int size) {
        Sort newestFirst = Sort.descending("receivedAt");
        return (status == null ? findAll(newestFirst) : find("status", newestFirst, status))
                .page(Page.of(page, size))
                .list();
    }

    /** The next number of the order-number sequence. */
    public Uni<Long> nextOrderNumber() {
        return getSession()
                .chain(s -> s.createNativeQuery("select nextval('order_number_seq')", Long.class)
                        .getSingleResult());
    }
}
