package com.smartstore.oms.shipping.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * When an order's parcels must leave (R-S2): by the end of the customer's requested ship date in the shop's time zone,
 * else {@code shipHours} after the order was received; a waiting shipment is at risk {@code atRisk} before that.
 */
public record ShipByPolicy(Duration shipHours, Duration atRisk, ZoneId zone) {

    /** The order's ship-by time. */
    public Instant deadline(OrderInfo order) {
        if (order.requestedShipDate != null) {
            return order.requestedShipDate.plusDays(1).atStartOfDay(zone).toInstant();
        }
        return order.receivedAt.plus(shipHours);
    }

    /** How urgent a shipment's dispatch is now; null unless it waits and its ship-by time is known. */
    public Urgency urgency(Shipment shipment, Instant now) {
        if (shipment.status != ShipmentStatus.WAITING_DISPATCH || shipment.shipBy == null) {
            return null;
        }
        if (now.isAfter(shipment.shipBy)) {
            return Urgency.OVERDUE;
        }
        return now.isAfter(shipment.shipBy.minus(atRisk)) ? Urgency.AT_RISK : Urgency.ON_TIME;
    }

    /** A waiting shipment against its ship-by time. */
    public enum Urgency {
        ON_TIME,
        /** Less than the at-risk margin left: dispatch it now. */
        AT_RISK,
        /** Past its ship-by time. */
        OVERDUE
    }
}
