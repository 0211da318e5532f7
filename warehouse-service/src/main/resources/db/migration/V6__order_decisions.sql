-- Review's newest decision per order (docs/ORDER-LIFECYCLE.md): approve, hold and reject arrive on three topics
-- in any order, so the one with the highest sequence is kept (absent sequence = 0). While it is a hold or a
-- rejection, picking and packing the order are refused. approved_revision: the newest revision any approval named,
-- whatever its sequence: an amendment that arrives before it is parked until then.
create table order_decision (
    order_id          uuid primary key,
    order_number      text        not null,
    decision          text        not null check (decision in ('APPROVED', 'HELD', 'REJECTED')),
    sequence          bigint      not null,
    revision          int         not null,
    reason            text,
    decided_at        timestamptz not null,
    approved_revision int
);
