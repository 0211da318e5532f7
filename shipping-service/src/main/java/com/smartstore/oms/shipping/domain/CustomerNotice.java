package com.smartstore.oms.shipping.domain;

import java.time.LocalDate;

/**
 * A mail the customer should get about a shipment, and its cause: the key that makes it one mail per cause and
 * shipment, however often the cause is reported (a repeated status, a redelivered update, the same new ETA again).
 */
public record CustomerNotice(NotificationKind kind, String cause, LocalDate estimatedDelivery) {

    /** The parcel left (once per shipment). */
    public static CustomerNotice shipped(LocalDate estimatedDelivery) {
        return new CustomerNotice(NotificationKind.SHIPPED, NotificationKind.SHIPPED.name(), estimatedDelivery);
    }

    /** A delivery exception (once per kind and shipment), with the ETA as it is now. */
    public static CustomerNotice exception(NotificationKind kind, LocalDate estimatedDelivery) {
        return new CustomerNotice(kind, kind.name(), estimatedDelivery);
    }

    /** A new estimated delivery date (once per date and shipment). */
    public static CustomerNotice newEta(LocalDate estimatedDelivery) {
        return new CustomerNotice(
                NotificationKind.NEW_ETA, NotificationKind.NEW_ETA.name() + ":" + estimatedDelivery, estimatedDelivery);
    }
}
