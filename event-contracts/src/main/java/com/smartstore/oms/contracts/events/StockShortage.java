package com.smartstore.oms.contracts.events;

import static java.util.Objects.requireNonNull;

import com.smartstore.oms.contracts.OmsEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Purchasing must restock a SKU (R-W4): how much is missing and which orders wait for it. Published
 * again with {@code expectedArrival} when purchasing records a restock date (R-W5), so order views can
 * say what an order waits for and until when. Key: sku.
 *
 * @param quantity units missing in total for this SKU at this point
 */
public record StockShortage(
        UUID shortageId,
        String sku,
        String specification,
        String warehouse,
        int quantity,
        ShortageReason reason,
        List<OrderQuantity> waitingOrders,
        LocalDate expectedArrival,
        Instant reportedAt)
        implements OmsEvent {

    public StockShortage {
        requireNonNull(shortageId, "shortageId");
        requireNonNull(sku, "sku");
        requireNonNull(reason, "reason");
        waitingOrders = waitingOrders == null ? List.of() : List.copyOf(waitingOrders);
        requireNonNull(reportedAt, "reportedAt");
    }

    @Override
    public String key() {
        return sku;
    }

    @Override
    public Instant occurredAt() {
        return reportedAt;
    }
}
