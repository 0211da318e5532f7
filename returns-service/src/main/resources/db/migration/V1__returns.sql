-- The shipments of orders, projected from shipped: an order can be returned only once it was shipped.
create table shipped_order (
    shipment_id        uuid primary key,
    order_id           uuid        not null,
    carrier            text        not null,
    tracking_number    text        not null,
    estimated_delivery date,
    shipped_by         text        not null,
    shipped_at         timestamptz not null
);
create index shipped_order_order on shipped_order (order_id);

-- A return ticket (R-X2): which order, why, which goods, who asked and when.
create table return_ticket (
    id           uuid primary key,
    order_id     uuid        not null,
    reason       text        not null,
    status       text        not null,
    requested_by text        not null,
    requested_at timestamptz not null,
    version      int         not null default 0
);
create index return_ticket_order on return_ticket (order_id);
create index return_ticket_requested on return_ticket (requested_at);

create table return_line (
    id        uuid primary key,
    return_id uuid not null references return_ticket (id) on delete cascade,
    line_no   int  not null,
    sku       text not null,
    quantity  int  not null check (quantity > 0),
    unique (return_id, line_no)
);
