-- One row per order: when each step first happened (CloudEvents time of its event, never the time
-- analytics consumed it), plus the few non-personal facts reports group by. Any event may arrive
-- first (topics are not ordered among each other), so every column but the id is nullable.
create table order_timeline (
    order_id            uuid primary key,
    order_number        text,
    revision            int,            -- of the order-received that filled the facts below
    channel             text,
    customer_pseudonym  text,           -- keyed hash from intake; never name, phone, e-mail or address
    total_amount        numeric(12, 2),
    currency            char(3),
    line_count          int,
    received_at         timestamptz,
    held_at             timestamptz,
    approved_at         timestamptz,
    rejected_at         timestamptz,
    picked_at           timestamptz,
    shipped_at          timestamptz,
    return_requested_at timestamptz
);
-- Time-to-ship reports select by shipped time.
create index order_timeline_shipped on order_timeline (shipped_at) where shipped_at is not null;
