package com.smartstore.oms.review.repository;

import com.smartstore.oms.contracts.events.PaymentRecorded;
import com.smartstore.oms.contracts.events.PaymentResult;
import com.smartstore.oms.review.domain.RecordedPayment;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Per order, what the newest {@code payment-recorded} said (R-I6): the captured total and the last result. */
@ApplicationScoped
public class PaymentRepository {

    /**
     * Keeps the payment unless a newer one (by {@code recordedAt}) is stored; the event's {@code capturedTotal}
     * is the truth, refunds included. The comparison runs under the row lock the upsert takes.
     */
    public Uni<Integer> record(PaymentRecorded payment) {
        return Panache.getSession()
                .chain(s -> s.createNativeQuery("""
                                insert into order_payment (order_id, captured_total, last_result, failure_reason, recorded_at)
                                values (:order, :captured, :result, :reason, :at)
                                on conflict (order_id) do update set
                                    captured_total = excluded.captured_total, last_result = excluded.last_result,
                                    failure_reason = excluded.failure_reason, recorded_at = excluded.recorded_at
                                where order_payment.recorded_at <= excluded.recorded_at""")
                        .setParameter("order", payment.orderId())
                        .setParameter("captured", payment.capturedTotal())
                        .setParameter("result", payment.result().name())
                        .setParameter("reason", payment.failureReason())
                        .setParameter("at", payment.recordedAt())
                        .executeUpdate());
    }

    /** What was recorded for the order, or null when nothing was. */
    public Uni<RecordedPayment> of(UUID orderId) {
        return Panache.getSession()
                .chain(s -> s.createNativeQuery(
                                "select captured_total, last_result, failure_reason, recorded_at from order_payment"
                                        + " where order_id = :order",
                                Object[].class)
                        .setParameter("order", orderId)
                        .getResultList())
                .map(rows -> rows.isEmpty()
                        ? null
                        : new RecordedPayment(
                                (BigDecimal) rows.get(0)[0],
                                PaymentResult.valueOf((String) rows.get(0)[1]),
                                (String) rows.get(0)[2],
                                instant(rows.get(0)[3])));
    }

    private static Instant instant(Object value) {
        return value instanceof OffsetDateTime odt ? odt.toInstant() : (Instant) value;
    }
}
