package com.smartstore.oms.contracts.events;

/** Why stock is short. */
public enum ShortageReason {
    /** No warehouse could reserve the quantity when the order was approved. */
    BACKORDER,
    /** A picker found fewer units than the pick list asked for. */
    SHORT_PICK
}
