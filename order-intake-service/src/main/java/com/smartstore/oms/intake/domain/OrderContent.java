package com.smartstore.oms.intake.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a customer ordered, as an order is filled with it: for a new order and for a corrected revision (R-I9). The
 * caller has trimmed the values and hashed and pseudonymised the contact; the order checks the amounts.
 */
public record OrderContent(
        Customer customer,
        ShipTo shipTo,
        String specialRequests,
        String giftNote,
        LocalDate requestedShipDate,
        PaymentPlan payment,
        List<Line> lines,
        BigDecimal shipping,
        BigDecimal tax) {
    public OrderContent {
        lines = List.copyOf(lines);
    }

    /** One ordered product at its unit price, less the line's discount. */
    public record Line(
            String sku,
            String productName,
            String specification,
            int quantity,
            BigDecimal unitPrice,
            BigDecimal discount) {}
}
