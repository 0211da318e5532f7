-- Refunds of returned goods (R-X4..R-X6): what after-sales issued, computed from what was paid, and finance's
-- confirmation of the payout (reconciliation: issued vs confirmed). One per ticket.
create table refund (
    id               uuid primary key,
    return_id        uuid           not null unique references return_ticket (id),
    order_id         uuid           not null,
    order_number     text,
    currency         text           not null,
    goods_amount     numeric(14, 2) not null,
    restocking_fee   numeric(14, 2) not null,
    shipping_refund  numeric(14, 2) not null,
    amount           numeric(14, 2) not null check (amount >= 0),
    lines            text           not null,
    status           text           not null,
    issued_by        text           not null,
    issued_at        timestamptz    not null,
    confirmed_by     text,
    confirmed_at     timestamptz,
    payout_reference text,
    version          int            not null default 0
);
create index refund_status on refund (status, issued_at);

-- The refund deadline (oms.sla.refund-working-days working days from receipt, for tickets with eligible goods) and
-- how the ticket ended.
alter table return_ticket
    add column refund_due_at      timestamptz,
    add column refund_breached_at timestamptz,
    add column outcome            text,
    add column resolved_by        text,
    add column resolved_at        timestamptz;
create index return_ticket_refund_due on return_ticket (refund_due_at)
    where refund_breached_at is null and resolved_at is null;
