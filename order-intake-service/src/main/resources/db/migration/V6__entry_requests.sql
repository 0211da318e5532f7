-- R-I2, R-I3, R-I7: orders passed on by customer service and sales for entry, with the deadline to enter them.
-- contact and notes are personal and encrypted by the application like the order's contact (R-SEC1).
create table entry_request (
    id             uuid primary key,
    customer_name  text        not null,
    contact        text        not null,
    requested      text        not null,
    notes          text,
    filed_by       text        not null,
    filed_at       timestamptz not null,
    deadline       timestamptz not null,
    order_id       uuid references orders (id),
    entered_by     text,
    entered_at     timestamptz,
    late           boolean,
    late_minutes   int,
    breached_at    timestamptz
);
create index entry_request_open on entry_request (deadline) where order_id is null;
