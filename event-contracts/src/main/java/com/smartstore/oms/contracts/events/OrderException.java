package com.smartstore.oms.contracts.events;

import static java.util.Objects.requireNonNull;

import com.smartstore.oms.contracts.OmsEvent;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * An exception order was detected, or its case moved a step (R-E1..R-E8). Detections ({@code stage}
 * DETECTED, no {@code caseId}) come from the service that noticed the anomaly; the exception desk in
 * review opens a case for each and publishes every case transition with the same {@code exceptionId}.
 *
 * @param exceptionId the detection's id; a case keeps the id of the detection it came from
 * @param code machine-readable cause, e.g. {@code PAYMENT_FAILED}, {@code DUPLICATE_PAYMENT},
 *     {@code AMOUNT_MISMATCH}, {@code AMENDMENT_REFUSED}, {@code PARCEL_LOST}
 * @param details facts behind the detection, e.g. {@code expected} and {@code paid} amounts
 * @param actor who caused this step: a user name or the detecting service
 * @param satisfaction the customer's satisfaction 1-5, set when the case is CLOSED
 */
public record OrderException(
        UUID exceptionId,
        UUID orderId,
        String orderNumber,
        ExceptionType type,
        ExceptionStage stage,
        UUID caseId,
        Severity severity,
        String code,
        String description,
        Map<String, String> details,
        String actor,
        String owner,
        String department,
        Instant deadline,
        Remedy remedy,
        String result,
        Integer satisfaction,
        Instant occurredAt)
        implements OmsEvent {

    public OrderException {
        requireNonNull(exceptionId, "exceptionId");
        requireNonNull(orderId, "orderId");
        requireNonNull(type, "type");
        requireNonNull(stage, "stage");
        requireNonNull(severity, "severity");
        requireNonNull(code, "code");
        requireNonNull(description, "description");
        details = details == null ? Map.of() : Map.copyOf(details);
        requireNonNull(actor, "actor");
        requireNonNull(occurredAt, "occurredAt");
        if (satisfaction != null && (satisfaction < 1 || satisfaction > 5)) {
            throw new IllegalArgumentException("satisfaction must be 1-5, was " + satisfaction);
        }
    }

    /** A detection by a service: what a case is opened from. */
    public static OrderException detected(
            UUID orderId,
            String orderNumber,
            ExceptionType type,
            Severity severity,
            String code,
            String description,
            Map<String, String> details,
            String detectedBy,
            Instant at) {
        return new OrderException(
                UUID.randomUUID(),
                orderId,
                orderNumber,
                type,
                ExceptionStage.DETECTED,
                null,
                severity,
                code,
                description,
                details,
                detectedBy,
                null,
                null,
                null,
                null,
                null,
                null,
                at);
    }

    @Override
    public String key() {
        return orderId.toString();
    }
}
