-- Orders whose customer's personal data was erased at their request (customer-redacted, issue 10): the record of
-- the erasure (which privacy request, when), also for an order returns never heard of. The events returns consumes
-- (shipped) carry no personal data, so nothing needs to be erased again when one arrives late.
create table redacted_order (
    order_id    uuid primary key,
    request_id  uuid        not null,   -- intake's privacy request
    reason      text        not null,   -- what asked for it, e.g. customers/redact from shop.myshopify.com
    redacted_at timestamptz not null,   -- when intake erased it
    recorded_at timestamptz not null default now()
);
