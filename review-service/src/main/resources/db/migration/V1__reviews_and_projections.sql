-- Projections of other services' state, kept from their compacted topics (last write by updated_at wins).
create table catalog_product (
    sku        text primary key,
    name       text           not null,
    unit_price numeric(12, 2) not null,
    currency   char(3)        not null,
    active     boolean        not null,
    updated_at timestamptz    not null
);

create table stock_level (
    warehouse  text        not null,
    sku        text        not null,
    available  int         not null,
    updated_at timestamptz not null,
    primary key (warehouse, sku)
);
create index stock_level_sku on stock_level (sku);

-- One review per order revision: the automatic evaluation and, for held orders, the reviewer's decision.
create table review (
    id                  uuid primary key,
    order_id            uuid           not null,
    order_number        text           not null,
    revision            int            not null,
    status              text           not null,
    customer_name       text           not null,
    total_amount        numeric(12, 2) not null,
    currency            char(3)        not null,
    payment_method      text           not null,
    payment_amount      numeric(12, 2) not null,
    paid_at             timestamptz,
    requested_ship_date date,
    order_received_at   timestamptz    not null,
    created_at          timestamptz    not null,
    decided_by          text,
    decided_at          timestamptz,
    reason_code         text,
    reason              text,
    version             int            not null default 0,
    unique (order_id, revision)
);
create index review_status on review (status, created_at);

-- The order lines as reviewed: what an approval hands to the warehouse.
create table review_line (
    id           uuid primary key,
    review_id    uuid           not null references review (id) on delete cascade,
    line_no      int            not null,
    sku          text           not null,
    product_name text           not null,
    quantity     int            not null,
    unit_price   numeric(12, 2) not null,
    unique (review_id, line_no)
);

-- What each automatic rule said about the revision, in the order the rules ran.
create table review_rule_result (
    id          bigserial primary key,
    review_id   uuid    not null references review (id) on delete cascade,
    position    int     not null,
    rule        text    not null,
    passed      boolean not null,
    explanation text    not null,
    unique (review_id, position)
);
