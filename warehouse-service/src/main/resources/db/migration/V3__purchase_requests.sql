-- Purchasing's restock requests (R-W5): supplier, quantity, expected arrival and how far along they are.
create table purchase_request (
    id               uuid primary key,
    sku              text        not null,
    specification    text,
    quantity         int         not null check (quantity > 0),
    supplier         text        not null,
    expected_arrival date        not null,
    status           text        not null,   -- REQUESTED, ORDERED, CONFIRMED, IN_TRANSIT, RECEIVED (forward only)
    notes            text,
    created_by       text        not null,
    created_at       timestamptz not null,
    updated_at       timestamptz not null
);
create index purchase_request_open on purchase_request (status, expected_arrival);
create index purchase_request_sku on purchase_request (sku);
