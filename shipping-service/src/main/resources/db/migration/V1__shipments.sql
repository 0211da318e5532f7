-- What shipping knows of an order, from order-received (the latest revision wins).
create table order_info (
    order_id            uuid primary key,
    order_number        text        not null,
    revision            int         not null,
    customer_name       text        not null,
    ship_recipient      text        not null,
    ship_line1          text        not null,
    ship_line2          text,
    ship_city           text        not null,
    ship_region         text,
    ship_postal_code    text        not null,
    ship_country        char(2)     not null,
    requested_ship_date date,
    received_at         timestamptz not null
);

-- One shipment per packed pick list. Order number, address and requested date stay empty when
-- picked arrives before order-received (topics are not ordered among each other) and are filled in later.
create table shipment (
    id                  uuid primary key,
    order_id            uuid        not null,
    order_number        text,
    pick_list_id        uuid        not null unique,
    warehouse           text        not null,
    status              text        not null,
    parcels             text        not null, -- JSON array: a snapshot of what picked reported
    items               text        not null, -- JSON array of {sku, quantity}
    requested_ship_date date,
    ship_recipient      text,
    ship_line1          text,
    ship_line2          text,
    ship_city           text,
    ship_region         text,
    ship_postal_code    text,
    ship_country        char(2),
    picked_at           timestamptz not null,
    picked_by           text        not null,
    created_at          timestamptz not null,
    carrier             text,
    tracking_number     text,
    estimated_delivery  date,
    shipped_at          timestamptz,
    shipped_by          text,
    version             int         not null default 0
);
-- The dispatch queue (R-S2): by requested ship date, then by age.
create index shipment_queue on shipment (status, requested_ship_date, created_at);
create index shipment_order on shipment (order_id);
