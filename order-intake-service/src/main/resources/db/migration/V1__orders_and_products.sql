create table product (
    sku           text primary key,
    name          text          not null,
    specification text,
    category      text,
    unit_price    numeric(12, 2) not null,
    currency      char(3)       not null,
    active        boolean       not null,
    updated_at    timestamptz   not null,
    updated_by    text          not null
);

create sequence order_number_seq;

create table orders (
    id                  uuid primary key,
    order_number        text          not null unique,
    revision            int           not null,
    channel             text          not null,
    external_order_id   text,
    status              text          not null,
    customer_name       text          not null,
    customer_phone      text,
    customer_email      text,
    customer_pseudonym  text          not null,
    ship_recipient      text,
    ship_line1          text          not null,
    ship_line2          text,
    ship_city           text          not null,
    ship_region         text,
    ship_postal_code    text          not null,
    ship_country        char(2)       not null,
    special_requests    text,
    gift_note           text,
    requested_ship_date date,
    payment_method      text          not null,
    payment_amount      numeric(12, 2) not null,
    paid_at             timestamptz,
    total_amount        numeric(12, 2) not null,
    currency            char(3)       not null,
    received_at         timestamptz   not null,
    created_by          text          not null,
    version             int           not null default 0
);
create index orders_status on orders (status, received_at);

create table order_line (
    id            uuid primary key,
    order_id      uuid          not null references orders (id) on delete cascade,
    line_no       int           not null,
    sku           text          not null,
    product_name  text          not null,
    specification text,
    quantity      int           not null check (quantity > 0),
    unit_price    numeric(12, 2) not null check (unit_price >= 0),
    unique (order_id, line_no)
);

-- The order's history as users see it (R-SEC3): each status with when it happened and who did it.
create table order_status_change (
    id          bigserial primary key,
    order_id    uuid        not null references orders (id) on delete cascade,
    revision    int         not null,
    status      text        not null,
    occurred_at timestamptz not null,
    actor       text        not null,
    detail      text
);
create index order_status_change_order on order_status_change (order_id, occurred_at);
