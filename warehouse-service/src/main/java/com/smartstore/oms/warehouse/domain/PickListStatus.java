package com.smartstore.oms.warehouse.domain;

/**
 * Where a pick list is (R-W3): waiting for the picker (OPEN), picked with the quantities found (PICKED), packed into
 * parcels and handed to shipping (PACKED); or closed without shipping: the picker found nothing (EMPTY, every unit
 * was backordered), a newer revision replaced it (SUPERSEDED), the order was cancelled (CANCELLED), or review
 * rejected the order after approving it (REJECTED: its reservations were given back; a newer approval opens a new
 * list).
 */
public enum PickListStatus {
    OPEN,
    PICKED,
    PACKED,
    EMPTY,
    SUPERSEDED,
    CANCELLED,
    REJECTED;

    /** The goods have left the shelf (picked or packed): the order can no longer be changed. */
    public boolean taken() {
        return this == PICKED || this == PACKED;
    }

    /** Still to be worked by the warehouse: its deadline counts (R-W3). */
    public boolean inProgress() {
        return this == OPEN || this == PICKED;
    }
}
