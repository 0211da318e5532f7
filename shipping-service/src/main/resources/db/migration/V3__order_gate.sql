-- One row per order: whether its parcels may leave (docs/ORDER-LIFECYCLE.md, issue 17). Shipping is the
-- authority on cancellation: a cancel request, a dispatch and a packed pick list of one order lock this row,
-- so a cancellation racing a dispatch has exactly one winner. It also keeps review's newest decision on the
-- order (by its sequence): dispatch waits while that is a hold or a rejection. The row is created by whichever
-- event or request of the order comes first, so its columns are all optional.
create table order_gate (
    order_id               uuid primary key,
    decision               text,        -- APPROVED, HELD or REJECTED: review's newest decision
    decision_sequence      bigint,      -- its sequence (0 for decisions from before sequences existed)
    decision_reason        text,
    decided_at             timestamptz,
    cancelled_at           timestamptz, -- set once shipping confirmed a cancellation (final)
    cancel_reason          text,
    cancelled_by           text,
    cancel_request_id      uuid,
    status_at_cancellation text
);
-- Cancellations confirmed before cancellation became a request move over; the old table goes.
insert into order_gate (order_id, cancelled_at, cancel_reason, cancelled_by)
    select order_id, cancelled_at, reason, cancelled_by from cancelled_order;
drop table cancelled_order;
