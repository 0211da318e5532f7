package com.smartstore.oms.contracts.events;

/** The deadlines the OMS watches. */
public enum SlaKind {
    /** An entry request was not entered within {@code oms.sla.entry-minutes} (R-I7). */
    ENTRY,
    /** A held order was not reviewed within {@code oms.sla.manual-review-hours} (R-R4). */
    MANUAL_REVIEW,
    /** A pick list was not picked and packed within {@code oms.sla.pick-hours} (R-W3). */
    PICK,
    /** An exception case passed the deadline its owner was given (R-E4). */
    EXCEPTION_CASE,
    /** A shipped parcel had no tracking update for {@code oms.sla.stale-tracking-hours} (R-S6). */
    TRACKING,
    /**
     * A shipment was not dispatched by its ship-by time: the end of the customer's requested ship date, else
     * {@code oms.sla.ship-hours} after the order was received (R-S2).
     */
    SHIP,
    /** After-sales did not contact the customer of a return ticket within {@code oms.sla.after-sales-contact-hours} (R-X3). */
    AFTER_SALES_CONTACT,
    /**
     * Returned goods found eligible were not refunded (confirmed by finance) within {@code oms.sla.refund-working-days}
     * working days of their receipt (R-X4).
     */
    REFUND
}
