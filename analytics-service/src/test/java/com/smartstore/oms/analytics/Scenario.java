package com.smartstore.oms.analytics;

import com.smartstore.oms.contracts.EventType;
import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.OmsEvent;
import com.smartstore.oms.contracts.events.ExceptionStage;
import com.smartstore.oms.contracts.events.ExceptionType;
import com.smartstore.oms.contracts.events.SalesChannel;
import com.smartstore.oms.contracts.events.SlaKind;
import com.smartstore.oms.kit.testing.Deliver;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * A day and a bit of events with figures worked out by hand (see {@code AnalyticsFiguresTest}), starting at midnight
 * {@code t}: four orders on two channels, three customers, two warehouses, a split shipment, a delivery, three
 * exceptions, three SLA breaches (one detected twice), an amendment and a replenishment.
 */
final class Scenario {
    record Delivery<T extends OmsEvent>(EventType<T> type, T event) {
        String deliver() {
            return Deliver.event(type, event);
        }

        void deliver(String id) {
            Deliver.event(type, event, id);
        }
    }

    final Instant t;
    final String tag;
    final List<Delivery<?>> events = new ArrayList<>();

    Scenario(Instant t) {
        this.t = t;
        this.tag = UUID.randomUUID().toString().substring(0, 8);
        UUID o1 = UUID.randomUUID();
        UUID o2 = UUID.randomUUID();
        UUID o3 = UUID.randomUUID();
        UUID o4 = UUID.randomUUID();
        // The catalogue (categories are looked up when a report is asked for).
        add(Events.PRODUCT_CATALOG, OrderEvents.catalogEvent("AN-X", "shirts", t));
        add(Events.PRODUCT_CATALOG, OrderEvents.catalogEvent("AN-Y", "socks", t));
        add(Events.PRODUCT_CATALOG, OrderEvents.catalogEvent("AN-Z", "shirts", t));
        add(Events.STOCK_LEVELS, OrderEvents.stockLevelEvent("LIS", "AN-X", 7, t));
        // O1: SHOPIFY, customer A, 2 x AN-X (20.00); LIS; delivered.
        add(Events.ORDER_RECEIVED, OrderEvents.orderEvent(o1, SalesChannel.SHOPIFY, customer("A"), at(0), "AN-X", 2));
        add(Events.ORDER_APPROVED, OrderEvents.approvedEvent(o1, "reviewer", at(60)));
        add(Events.PICKED, OrderEvents.pickedEvent(o1, "LIS", "pick1", at(660)));
        add(Events.SHIPPED, OrderEvents.shippedEvent(o1, "ship1", at(1260)));
        add(Events.DELIVERY_UPDATED, OrderEvents.deliveredEvent(o1, at(4860)));
        // O2: SHOPIFY, customer A, 1 x AN-Y (10.00); held 300 s; POR; two parcels.
        add(Events.ORDER_RECEIVED, OrderEvents.orderEvent(o2, SalesChannel.SHOPIFY, customer("A"), at(100), "AN-Y", 1));
        add(Events.ORDER_HELD, OrderEvents.heldEvent(o2, at(110)));
        add(Events.ORDER_APPROVED, OrderEvents.approvedEvent(o2, "reviewer", at(410)));
        add(Events.PICKED, OrderEvents.pickedEvent(o2, "POR", "pick1", at(1010)));
        add(Events.SHIPPED, OrderEvents.shippedEvent(o2, "ship1", at(1210)));
        add(Events.SHIPPED, OrderEvents.shippedEvent(o2, "ship2", at(1810)));
        // O3: WOOCOMMERCE, customer B, 1 x AN-X (10.00); amended, then rejected.
        add(
                Events.ORDER_RECEIVED,
                OrderEvents.orderEvent(o3, SalesChannel.WOOCOMMERCE, customer("B"), at(200), "AN-X", 1));
        add(Events.ORDER_AMENDED, OrderEvents.amendedEvent(o3, "clerk", at(150)));
        add(Events.ORDER_REJECTED, OrderEvents.rejectedEvent(o3, "rev2", at(500)));
        // O4: WOOCOMMERCE, customer C, 3 x AN-Z (30.00), the next day; approved only.
        add(
                Events.ORDER_RECEIVED,
                OrderEvents.orderEvent(o4, SalesChannel.WOOCOMMERCE, customer("C"), at(86_400), "AN-Z", 3));
        add(Events.ORDER_APPROVED, OrderEvents.approvedEvent(o4, "rev2", at(86_520)));
        // Exceptions: E1 payment, resolved in 600 s, satisfaction 4; E2 logistics, 900 s, 2; E3 payment, open.
        UUID e1 = UUID.randomUUID();
        UUID e2 = UUID.randomUUID();
        add(
                Events.ORDER_EXCEPTION,
                OrderEvents.exceptionEvent(
                        e1, ExceptionType.PAYMENT, ExceptionStage.DETECTED, "review", null, at(1000)));
        add(
                Events.ORDER_EXCEPTION,
                OrderEvents.exceptionEvent(e1, ExceptionType.PAYMENT, ExceptionStage.OPENED, "cs1", null, at(1100)));
        add(
                Events.ORDER_EXCEPTION,
                OrderEvents.exceptionEvent(e1, ExceptionType.PAYMENT, ExceptionStage.RESOLVED, "cs1", null, at(1600)));
        add(
                Events.ORDER_EXCEPTION,
                OrderEvents.exceptionEvent(e1, ExceptionType.PAYMENT, ExceptionStage.CLOSED, "cs1", 4, at(2000)));
        add(
                Events.ORDER_EXCEPTION,
                OrderEvents.exceptionEvent(
                        e2, ExceptionType.LOGISTICS, ExceptionStage.DETECTED, "shipping", null, at(3000)));
        add(
                Events.ORDER_EXCEPTION,
                OrderEvents.exceptionEvent(
                        e2, ExceptionType.LOGISTICS, ExceptionStage.RESOLVED, "cs2", null, at(3900)));
        add(
                Events.ORDER_EXCEPTION,
                OrderEvents.exceptionEvent(e2, ExceptionType.LOGISTICS, ExceptionStage.CLOSED, "cs2", 2, at(4000)));
        add(
                Events.ORDER_EXCEPTION,
                OrderEvents.exceptionEvent(
                        UUID.randomUUID(), ExceptionType.PAYMENT, ExceptionStage.DETECTED, "review", null, at(5000)));
        // SLA breaches: review of O2 (owner reviewer), pick of O1 (owner pick1; detected again later), pick of O2.
        add(Events.SLA_BREACHED, OrderEvents.breachEvent(SlaKind.MANUAL_REVIEW, "rv-" + o2, "reviewer", at(400)));
        add(Events.SLA_BREACHED, OrderEvents.breachEvent(SlaKind.PICK, "pk-" + o1, "pick1", at(650)));
        add(Events.SLA_BREACHED, OrderEvents.breachEvent(SlaKind.PICK, "pk-" + o1, "pick1", at(7000)));
        add(Events.SLA_BREACHED, OrderEvents.breachEvent(SlaKind.PICK, "pk-" + o2, null, at(900)));
        // Warehouse: a replenishment by wh1 and a shortage; payments; a cancel request refused.
        add(Events.STOCK_REPLENISHED, OrderEvents.replenishedEvent("LIS", 5, "wh1", at(300)));
        add(Events.STOCK_SHORTAGE, OrderEvents.shortageEvent("LIS", 2, at(250)));
        add(
                Events.PAYMENT_RECORDED,
                OrderEvents.paymentEvent(
                        o1, com.smartstore.oms.contracts.events.PaymentResult.CAPTURED, "20.00", at(5)));
        add(Events.ORDER_CANCEL_REQUESTED, OrderEvents.cancelRequestedEvent(o1, at(1300)));
        add(Events.ORDER_CANCEL_REFUSED, OrderEvents.cancelRefusedEvent(o1, at(1301)));
    }

    String customer(String name) {
        return "an-" + tag + "-" + name;
    }

    private Instant at(long seconds) {
        return t.plusSeconds(seconds);
    }

    private <T extends OmsEvent> void add(EventType<T> type, T event) {
        events.add(new Delivery<>(type, event));
    }

    /** Every event once, in the order above. */
    void deliverInOrder() {
        events.forEach(Delivery::deliver);
    }

    /** Every event backwards, each redelivered (same id) and published again (new id): the same figures. */
    void deliverBackwardsTwice() {
        List<Delivery<?>> backwards = new ArrayList<>(events);
        Collections.reverse(backwards);
        for (Delivery<?> d : backwards) {
            String id = d.deliver();
            d.deliver(id);
            d.deliver();
        }
    }
}
