package com.smartstore.oms.analytics;

import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.events.LineQuantity;
import com.smartstore.oms.contracts.events.OrderApproved;
import com.smartstore.oms.contracts.events.OrderHeld;
import com.smartstore.oms.contracts.events.OrderReceived;
import com.smartstore.oms.contracts.events.OrderRejected;
import com.smartstore.oms.contracts.events.PaymentMethod;
import com.smartstore.oms.contracts.events.Picked;
import com.smartstore.oms.contracts.events.ReturnRequested;
import com.smartstore.oms.contracts.events.SalesChannel;
import com.smartstore.oms.contracts.events.Shipped;
import com.smartstore.oms.kit.testing.Deliver;
import com.smartstore.oms.kit.testing.OrderBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The events other services publish about one order, with chosen times, and handed to analytics' consumers directly
 * (processed when the call returns; {@code KafkaRoundTripTest} sends one of each through the broker).
 */
final class OrderEvents {
    private static final List<LineQuantity> LINES = List.of(new LineQuantity("SKU-1", 2));

    /**
     * Windows are three days apart (a test's events reach into the next day: a parcel shipped at
     * {@code t + 1 day}, a repeat 5000 s later), so no two windows of one run share a day; the run's first
     * window is picked at random among more than two million days, so an earlier run's events left in a
     * local database are as good as never met. Picking every window at random, as before, let two tests of
     * one run draw the same or adjacent days now and then (an empty range counted one shipped order in CI).
     */
    private static final AtomicLong NEXT_DAY =
            new AtomicLong(3L * ThreadLocalRandom.current().nextLong(800_000));

    static Instant freshWindow() {
        return Instant.parse("2100-01-01T00:00:00Z").plus(Duration.ofDays(NEXT_DAY.getAndAdd(3)));
    }

    static OrderReceived receivedEvent(UUID id, int revision, String total, Instant at) {
        return OrderBuilder.anOrder()
                .id(id)
                .number("SO-" + id.toString().substring(0, 8))
                .revision(revision)
                .channel(SalesChannel.SHOPIFY)
                .externalOrderId("ext-" + id)
                .customer(new OrderReceived.Customer("pseudo-" + id, "Ana Silva", "+351912345678", "ana@example.com"))
                .address(new OrderReceived.Address(
                        "Ana Silva", "Rua Augusta 10", null, "Lisboa", null, "1100-053", "PT"))
                .line("SKU-1", "T-shirt", "red, M", 1, total)
                .line("SKU-2", "Socks", null, 1, "0")
                .remarks(null)
                .payment(PaymentMethod.ONLINE, total, at)
                .receivedAt(at)
                .build();
    }

    static String received(UUID id, Instant at) {
        return Deliver.event(Events.ORDER_RECEIVED, receivedEvent(id, 1, "25.00", at));
    }

    static OrderHeld heldEvent(UUID id, Instant at) {
        return new OrderHeld(
                id, "SO-1", 1, UUID.randomUUID(), List.of(new OrderHeld.RuleFailure("price", "differs")), at);
    }

    static String held(UUID id, Instant at) {
        return Deliver.event(Events.ORDER_HELD, heldEvent(id, at));
    }

    static OrderApproved approvedEvent(UUID id, Instant at) {
        return new OrderApproved(id, "SO-1", 1, UUID.randomUUID(), true, "auto", LINES, null, at);
    }

    static String approved(UUID id, Instant at) {
        return Deliver.event(Events.ORDER_APPROVED, approvedEvent(id, at));
    }

    static OrderRejected rejectedEvent(UUID id, Instant at) {
        return new OrderRejected(id, "SO-1", 1, UUID.randomUUID(), "PRICE", "Price is outdated", "reviewer", at);
    }

    static String rejected(UUID id, Instant at) {
        return Deliver.event(Events.ORDER_REJECTED, rejectedEvent(id, at));
    }

    static Picked pickedEvent(UUID id, Instant at) {
        return new Picked(id, UUID.randomUUID(), "LIS", LINES, null, "warehouse", at);
    }

    static String picked(UUID id, Instant at) {
        return Deliver.event(Events.PICKED, pickedEvent(id, at));
    }

    static Shipped shippedEvent(UUID id, Instant at) {
        return new Shipped(id, UUID.randomUUID(), "CTT", "RR" + id.toString().substring(0, 6), null, "shipping", at);
    }

    static String shipped(UUID id, Instant at) {
        return Deliver.event(Events.SHIPPED, shippedEvent(id, at));
    }

    static ReturnRequested returnRequestedEvent(UUID id, Instant at) {
        return new ReturnRequested(UUID.randomUUID(), id, "too small", LINES, "after-sales", at);
    }

    static String returnRequested(UUID id, Instant at) {
        return Deliver.event(Events.RETURN_REQUESTED, returnRequestedEvent(id, at));
    }

    private OrderEvents() {}
}
