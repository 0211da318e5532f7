package com.smartstore.oms.shipping.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.smartstore.oms.contracts.EventJson;
import com.smartstore.oms.contracts.events.CustomerRedacted;
import com.smartstore.oms.contracts.events.OrderAmended;
import com.smartstore.oms.kit.privacy.RedactedOrders;
import com.smartstore.oms.shipping.domain.Shipment;
import com.smartstore.oms.shipping.repository.OrderGateRepository;
import com.smartstore.oms.shipping.repository.OrderInfoRepository;
import com.smartstore.oms.shipping.repository.ShipmentRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * Erases a customer's personal data from shipping's copies of the orders a {@code customer-redacted} lists (issue 10),
 * in the inbox's transaction under each order's gate lock: the order's name, e-mail and ship-to address (but the
 * country), the customer's notifications (address and text; unsent ones are not sent), every shipment's address whether it waits or has left, and the address and contact of amendments parked for it.
 * Intake lists only orders it has finished (shipped or cancelled) and is the authority on what may be erased, so a
 * listed order is erased whatever shipping thinks of it; a shipment still waiting can then not be dispatched
 * ({@code address-redacted}). Each order is marked redacted, also one shipping has not heard of: whatever event of it
 * arrives later is stored and then erased in its own transaction ({@link #eraseIfRedacted}).
 */
@ApplicationScoped
public class RedactionService {
    private final RedactedOrders redactions;
    private final OrderGateRepository gates;
    private final OrderInfoRepository orders;
    private final ShipmentRepository shipments;
    private final NotificationService notifications;

    public RedactionService(
            RedactedOrders redactions,
            OrderGateRepository gates,
            OrderInfoRepository orders,
            ShipmentRepository shipments,
            NotificationService notifications) {
        this.notifications = notifications;
        this.redactions = redactions;
        this.gates = gates;
        this.orders = orders;
        this.shipments = shipments;
    }

    /** Marks and erases each listed order, one after the other under its gate lock. */
    public Uni<Void> redact(CustomerRedacted event) {
        return redactions.redact(event, gates::lock, this::erase);
    }

    /**
     * Erases the order's personal data again if it was redacted: the last step of every transaction that stores an
     * event of the order, so a late or replayed one cannot bring the data back.
     */
    public Uni<Void> eraseIfRedacted(UUID orderId) {
        return redactions.eraseIfRedacted(orderId, this::erase);
    }

    private Uni<Void> erase(UUID orderId) {
        // Flushed first: the handler of this transaction may have changed the rows read below.
        return Panache.getSession()
                .chain(s -> s.flush())
                .chain(() -> orders.findById(orderId))
                .invoke(order -> {
                    if (order != null) {
                        order.redact();
                    }
                })
                .chain(() -> shipments.forOrder(orderId))
                .invoke(list -> list.forEach(Shipment::redact))
                // Mails to the customer lose address and text; one not sent yet is not sent.
                .chain(() -> notifications.redact(orderId))
                // Amendments parked until the order arrives lose their address and contact (nothing else matters here).
                .chain(() -> redactions.rewriteParked(
                        orderId, List.of(OrderProjection.AMENDMENTS), RedactionService::erasedAmendment));
    }

    private static String erasedAmendment(String payload) {
        try {
            OrderAmended a = EventJson.mapper().readValue(payload, OrderAmended.class);
            OrderAmended erased = new OrderAmended(
                    a.orderId(),
                    a.orderNumber(),
                    a.revision(),
                    a.amendmentId(),
                    a.changed().stream()
                            .filter(c -> !"shippingAddress".equals(c) && !"contact".equals(c))
                            .toList(),
                    null,
                    null,
                    a.lines(),
                    a.totalAmount(),
                    a.reason() == null ? null : "[redacted]",
                    a.amendedBy(),
                    a.amendedAt());
            return EventJson.mapper().writeValueAsString(erased);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a parked order-amended is not one", e);
        }
    }
}
