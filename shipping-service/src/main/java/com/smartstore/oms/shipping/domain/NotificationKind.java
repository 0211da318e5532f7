package com.smartstore.oms.shipping.domain;

import com.smartstore.oms.contracts.events.DeliveryStatus;
import java.util.Optional;

/** Why the customer is written to (R-S3): their parcel left, it will not arrive as promised, or it has a new ETA. */
public enum NotificationKind {
    SHIPPED,
    DELIVERY_ATTEMPTED,
    DELAYED,
    LOST,
    DAMAGED,
    RETURNED_TO_SENDER,
    NEW_ETA;

    /** The kind of mail a tracking status calls for on its own, if any: the delivery exceptions. */
    public static Optional<NotificationKind> forStatus(DeliveryStatus status) {
        return switch (status) {
            case DELIVERY_ATTEMPTED -> Optional.of(DELIVERY_ATTEMPTED);
            case DELAYED -> Optional.of(DELAYED);
            case LOST -> Optional.of(LOST);
            case DAMAGED -> Optional.of(DAMAGED);
            case RETURNED_TO_SENDER -> Optional.of(RETURNED_TO_SENDER);
            default -> Optional.empty();
        };
    }
}
