package com.smartstore.oms.intake.domain;

import com.smartstore.oms.contracts.events.OrderAmended;
import com.smartstore.oms.contracts.events.OrderReceived;
import java.util.List;
import java.util.Map;

/**
 * A customer's change of an order in progress (R-I10), as the order is asked to apply it: a new ship-to address,
 * new contact details, changed lines; what is null is not changed. Values are trimmed by the caller.
 */
public record Amendment(String reason, OrderReceived.Address shipTo, Contact contact, List<LineChange> lines) {
    public Amendment {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** New phone and/or e-mail (null: unchanged) with their keyed hashes, for search and the blacklist. */
    public record Contact(String phone, String email, String phoneHash, String emailHash) {}

    /**
     * A line's new SKU, specification or quantity (null: unchanged; a blank specification clears it; quantity 0
     * removes the line).
     */
    public record LineChange(int lineNo, String sku, String specification, Integer quantity) {}

    /**
     * What an applied amendment leaves: the record of it, the lines it removed (for the caller to delete), the event
     * that tells the other services, and its details for the record (personal values masked).
     */
    public record Applied(
            OrderAmendment amendment, List<OrderLine> removed, OrderAmended event, Map<String, Object> details) {}
}
