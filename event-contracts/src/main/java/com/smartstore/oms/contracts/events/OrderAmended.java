package com.smartstore.oms.contracts.events;

import static java.util.Objects.requireNonNull;

import com.smartstore.oms.contracts.OmsEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A customer's change to an order in progress was applied (R-I10). Only what changed is set: a new
 * shipping address, new contact details, and/or the new state of each changed line. Consumers holding
 * that data update it; the warehouse adjusts reservations for changed lines.
 *
 * @param changed what changed: {@code shippingAddress}, {@code contact}, {@code lines}
 * @param lines the changed lines with their new values; quantity 0 removes the line
 * @param totalAmount the order total after the change, when lines changed
 */
public record OrderAmended(
        UUID orderId,
        String orderNumber,
        int revision,
        UUID amendmentId,
        List<String> changed,
        OrderReceived.Address shippingAddress,
        Contact contact,
        List<LineChange> lines,
        BigDecimal totalAmount,
        String reason,
        String amendedBy,
        Instant amendedAt)
        implements OmsEvent {

    public OrderAmended {
        requireNonNull(orderId, "orderId");
        requireNonNull(orderNumber, "orderNumber");
        requireNonNull(amendmentId, "amendmentId");
        changed = List.copyOf(requireNonNull(changed, "changed"));
        lines = lines == null ? List.of() : List.copyOf(lines);
        requireNonNull(amendedBy, "amendedBy");
        requireNonNull(amendedAt, "amendedAt");
    }

    @Override
    public String key() {
        return orderId.toString();
    }

    @Override
    public Instant occurredAt() {
        return amendedAt;
    }

    /** New contact details; a null field is unchanged. */
    public record Contact(String phone, String email) {}

    /**
     * The new state of one order line (quantity 0: the line was removed), and what it was before: a
     * consumer holding stock for the order releases {@code previousQuantity} of {@code previousSku} and
     * takes {@code quantity} of {@code sku} (the SKU differs when the customer chose another variant).
     * The previous values are optional (absent from events published before they were added).
     */
    public record LineChange(
            int lineNo,
            String sku,
            String productName,
            String specification,
            int quantity,
            BigDecimal unitPrice,
            String previousSku,
            Integer previousQuantity) {
        public LineChange {
            requireNonNull(sku, "sku");
            if (quantity < 0) {
                throw new IllegalArgumentException("quantity must not be negative, was " + quantity);
            }
            if (previousQuantity != null && previousQuantity < 0) {
                throw new IllegalArgumentException("previousQuantity must not be negative, was " + previousQuantity);
            }
        }

        /** A change without what the line was before. */
        public LineChange(
                int lineNo, String sku, String productName, String specification, int quantity, BigDecimal unitPrice) {
            this(lineNo, sku, productName, specification, quantity, unitPrice, null, null);
        }
    }
}
