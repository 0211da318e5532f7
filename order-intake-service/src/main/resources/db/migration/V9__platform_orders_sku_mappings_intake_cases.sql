-- Issue 10: what platforms say about their orders beyond an order request. platform_facts is the JSON of
-- OrderReceived.Platform (order name, test flag, status and cancellation at creation, the amounts the platform
-- charged in the order's currency and the shop's, discount codes, note attributes); orders.currency is now the
-- currency the customer was charged in.
alter table orders add column platform_facts text;
alter table order_line add column sku_source text check (sku_source in ('PLATFORM', 'MAPPING', 'UNMAPPED', 'CLERK'));
alter table order_line add column platform_product_id text;
alter table order_line add column platform_variant_id text;
alter table order_line add column shop_unit_price numeric(12, 2);
-- JSON list of {name, value}: what the customer specified for the line on the platform.
alter table order_line add column properties text;

-- Per channel, which of our SKUs a platform product (or one of its variants) is: for lines that arrive without a
-- SKU. A mapping without variant covers every variant of the product that has no mapping of its own.
create table sku_mapping (
    id          uuid primary key,
    channel     text        not null,
    product_id  text        not null,
    variant_id  text,
    sku         text        not null,
    note        text,
    created_by  text        not null,
    created_at  timestamptz not null,
    updated_by  text        not null,
    updated_at  timestamptz not null,
    version     bigint      not null default 0
);
create unique index sku_mapping_uk on sku_mapping (channel, product_id, coalesce(variant_id, ''));

-- An authentic platform delivery that could not become a clean order: a DATA_ERROR case for an order clerk, with
-- the raw payload, the problems and the order as far as it was mapped (all three personal: encrypted by the
-- application). One case per platform order (dedupe_key: channel + platform order id, or a hash of the body when
-- it has none), however often it is delivered.
create table intake_case (
    id                uuid primary key,
    type              text        not null,
    status            text        not null check (status in ('OPEN', 'RESOLVED', 'DISMISSED')),
    source            text        not null,
    channel           text        not null,
    external_order_id text,
    dedupe_key        text        not null,
    problems          text        not null,
    payload           text        not null,
    draft             text,
    currency          text,
    platform_facts    text,
    received_at       timestamptz not null,
    deadline          timestamptz not null,
    order_id          uuid references orders (id),
    resolved_by       text,
    resolved_at       timestamptz,
    resolution        text,
    constraint intake_case_dedupe_uk unique (dedupe_key)
);
create index intake_case_open on intake_case (deadline) where status = 'OPEN';

-- R-SEC3: every step of an intake case, attributable.
create table intake_case_audit (
    id          bigserial primary key,
    case_id     uuid        not null references intake_case (id) on delete cascade,
    action      text        not null,
    actor       text        not null,
    roles       text        not null,
    occurred_at timestamptz not null,
    detail      text
);
create index intake_case_audit_case on intake_case_audit (case_id, occurred_at, id);

-- A delivery that opened a case, or was a redelivery of one.
alter table webhook_delivery add column case_id uuid;
create index webhook_delivery_case on webhook_delivery (case_id);
