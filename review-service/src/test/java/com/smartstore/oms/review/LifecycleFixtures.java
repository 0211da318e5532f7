package com.smartstore.oms.review;

import static com.smartstore.oms.review.ReviewFixtures.PATIENCE;
import static org.awaitility.Awaitility.await;

import com.smartstore.oms.contracts.EventJson;
import com.smartstore.oms.contracts.EventType;
import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.events.OrderAmended;
import com.smartstore.oms.contracts.events.OrderCancelled;
import com.smartstore.oms.contracts.events.OrderHeld;
import com.smartstore.oms.contracts.events.OrderReceived;
import com.smartstore.oms.contracts.events.PaymentRecorded;
import com.smartstore.oms.contracts.events.PaymentResult;
import com.smartstore.oms.kit.testing.Deliver;
import com.smartstore.oms.kit.testing.TestKafka;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * What happens to an order after intake received it, published as the other services would: amendments,
 * cancellations confirmed by shipping, payments recorded from providers; and review's decisions read back in
 * the order of their {@code sequence}.
 */
final class LifecycleFixtures {

    /** A decision review published: which topic, its sequence, and the rules a hold names. */
    record Decision(String kind, Long sequence, List<String> rules) {}

    static String amendLines(OrderReceived order, List<OrderAmended.LineChange> lines, String total) {
        return amend(order, List.of("lines"), null, null, lines, new BigDecimal(total));
    }

    static String amendAddress(OrderReceived order, OrderReceived.Address address) {
        return amend(order, List.of("shippingAddress"), address, null, List.of(), null);
    }

    static String amendContact(OrderReceived order, String phone, String email) {
        return amend(order, List.of("contact"), null, new OrderAmended.Contact(phone, email), List.of(), null);
    }

    static String amend(
            OrderReceived order,
            List<String> changed,
            OrderReceived.Address address,
            OrderAmended.Contact contact,
            List<OrderAmended.LineChange> lines,
            BigDecimal total) {
        return Deliver.event(
                Events.ORDER_AMENDED,
                new OrderAmended(
                        order.orderId(),
                        order.orderNumber(),
                        order.revision(),
                        UUID.randomUUID(),
                        changed,
                        address,
                        contact,
                        lines,
                        total,
                        "customer asked",
                        "customer-service",
                        Instant.now()));
    }

    /** Shipping's confirmation that the order is cancelled. */
    static String cancelled(OrderReceived order) {
        return Deliver.event(
                Events.ORDER_CANCELLED,
                new OrderCancelled(
                        order.orderId(),
                        order.orderNumber(),
                        "RECEIVED",
                        "customer changed their mind",
                        "customer-service",
                        Instant.now(),
                        UUID.randomUUID()));
    }

    /** A payment a signed provider webhook reported; {@code capturedTotal} is the running total after it. */
    static String paymentRecorded(OrderReceived order, PaymentResult result, String amount, String capturedTotal) {
        return paymentRecorded(order, result, amount, capturedTotal, null);
    }

    static String paymentRecorded(
            OrderReceived order, PaymentResult result, String amount, String capturedTotal, Integer instalment) {
        return Deliver.event(
                Events.PAYMENT_RECORDED,
                new PaymentRecorded(
                        order.orderId(),
                        order.orderNumber(),
                        UUID.randomUUID(),
                        result,
                        order.payment().method(),
                        new BigDecimal(amount),
                        order.currency(),
                        instalment,
                        new BigDecimal(capturedTotal),
                        "PROVIDER",
                        "stripe",
                        result == PaymentResult.FAILED ? "card declined" : null,
                        Instant.now()));
    }

    /** Review's decisions on the order so far, by sequence (unnumbered ones first). */
    static List<Decision> decisions(UUID orderId) {
        List<Decision> all = new ArrayList<>();
        read(Events.ORDER_APPROVED, orderId).forEach(a -> all.add(new Decision("approved", a.sequence(), List.of())));
        read(Events.ORDER_HELD, orderId)
                .forEach(h -> all.add(new Decision(
                        "held",
                        h.sequence(),
                        h.failedRules().stream()
                                .map(OrderHeld.RuleFailure::rule)
                                .toList())));
        read(Events.ORDER_REJECTED, orderId).forEach(r -> all.add(new Decision("rejected", r.sequence(), List.of())));
        all.sort(Comparator.comparing(Decision::sequence, Comparator.nullsFirst(Comparator.naturalOrder())));
        return all;
    }

    /** Waits until review published at least {@code count} decisions on the order; returns them by sequence. */
    static List<Decision> awaitDecisions(UUID orderId, int count) {
        await().atMost(PATIENCE).until(() -> decisions(orderId).size() >= count);
        return decisions(orderId);
    }

    private static <T extends com.smartstore.oms.contracts.OmsEvent> List<T> read(EventType<T> type, UUID orderId) {
        return TestKafka.records(type.topic(), r -> orderId.toString().equals(r.key())).stream()
                .map(r -> {
                    try {
                        return EventJson.mapper().readValue(r.value(), type.payloadClass());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private LifecycleFixtures() {}
}
