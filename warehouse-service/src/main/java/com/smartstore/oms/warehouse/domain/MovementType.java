package com.smartstore.oms.warehouse.domain;

/** Why stock changed; each change is one row of the stock ledger. */
public enum MovementType {
    /** On hand set to a counted quantity; the quantity is the change of on hand. */
    SET,
    /** Units reserved for an approved order; the quantity is the change of reserved (positive). */
    RESERVATION,
    /** Reserved units picked and taken off the shelf; the quantity is the change of on hand (negative). */
    PICK,
    /** A reservation given back; the quantity is the change of reserved (negative). */
    RELEASE,
    /** On hand corrected by hand (damage, loss, found units), with a reason; the quantity is the change of on hand. */
    ADJUSTMENT,
    /** Goods received; the quantity is the change of on hand (positive). */
    RECEIPT,
    /**
     * Reserved units the picker did not find: written off on hand and reserved together; the quantity is the change
     * of on hand (negative). The order waits for them as a SHORT_PICK backorder.
     */
    SHORT_PICK,
    /** Picked goods of a cancelled order put back on the shelf; the quantity is the change of on hand (positive). */
    CANCEL_RESTOCK,
    /** Returned goods inspected as resellable put back on the shelf; the quantity is the change of on hand. */
    RETURN_RESTOCK
}
