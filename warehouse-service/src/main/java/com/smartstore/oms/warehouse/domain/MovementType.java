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
    RECEIPT
}
