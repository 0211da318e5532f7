-- A platform order becomes exactly one order however often (or concurrently) it is delivered.
-- REST orders have no external id, and NULLs never collide.
alter table orders add constraint orders_channel_external_order_uk unique (channel, external_order_id);

-- Discounts, shipping and tax as the platforms report them; total = lines net of discounts + shipping + tax.
alter table orders add column discount_amount numeric(12, 2) not null default 0;
alter table orders add column shipping_amount numeric(12, 2) not null default 0;
alter table orders add column tax_amount      numeric(12, 2) not null default 0;
alter table order_line add column discount    numeric(12, 2) not null default 0 check (discount >= 0);

create table order_shipping_line (
    id       uuid primary key,
    order_id uuid           not null references orders (id) on delete cascade,
    line_no  int            not null,
    title    text           not null,
    code     text,
    amount   numeric(12, 2) not null check (amount >= 0),
    unique (order_id, line_no)
);

-- Every authenticated webhook delivery, kept for audit and for inspecting rejected ones.
create table webhook_delivery (
    id                uuid primary key,
    source            text        not null,
    delivery_id       text,
    origin            text,
    topic             text,
    headers           text        not null,
    payload           text        not null,
    received_at       timestamptz not null,
    outcome           text        not null,
    problem           text,
    external_order_id text,
    order_id          uuid
);
create index webhook_delivery_received on webhook_delivery (source, received_at);
create index webhook_delivery_order on webhook_delivery (order_id);

-- Idempotency-Key of POST /api/orders, per user: the request it stood for and the answer given.
create table idempotency_key (
    username        text        not null,
    idem_key        text        not null,
    request_hash    text        not null,
    order_id        uuid        not null,
    response_body   text        not null,
    created_at      timestamptz not null,
    primary key (username, idem_key)
);
