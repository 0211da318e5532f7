package com.smartstore.oms.returns.domain;

import com.smartstore.oms.contracts.events.LineQuantity;
import com.smartstore.oms.kit.domain.Refusal;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The policy's answer for a return of some goods of an order (R-X1, R-X2): eligible or not, every reason why not, the
 * deadline (requests must arrive before it) and the delivery time it counts from.
 *
 * @param lines the goods the answer is about: those asked for, or every returnable SKU when none were named
 * @param deliveredAt when the order arrived: the carrier's delivery, else ship time plus the assumed transit days
 * @param deliveryConfirmed false when {@code deliveredAt} is assumed for a parcel no carrier confirmed
 */
public record Eligibility(
        boolean eligible,
        List<Problem> reasons,
        List<LineQuantity> lines,
        Instant deliveredAt,
        boolean deliveryConfirmed,
        Instant deadline,
        String policyVersion) {

    public Eligibility {
        reasons = List.copyOf(reasons);
        lines = List.copyOf(lines);
    }

    /**
     * Why a return is not allowed: a stable code, the SKU it is about (null for the whole order) and a sentence.
     * Codes: {@code order-not-shipped}, {@code window-closed}, {@code nothing-returnable}, {@code sku-not-shipped},
     * {@code category-not-returnable}, {@code quantity-exceeds-returnable}.
     */
    public record Problem(String code, String sku, String message) {}

    /**
     * The refusal of a ticket for an ineligible return, naming every reason: 409 when the order is not (yet) or no
     * longer returnable as a whole, 422 when lines name goods the policy does not take back.
     */
    public Refusal refusal() {
        if (eligible) {
            throw new IllegalStateException("an eligible return is not refused");
        }
        Problem first = reasons.get(0);
        String message = reasons.stream().map(Problem::message).collect(Collectors.joining("; "));
        return first.sku() == null
                ? Refusal.conflict(first.code(), message)
                : Refusal.unprocessable(first.code(), message);
    }
}
