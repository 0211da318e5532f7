-- What returns needs to know of an order to check a return against the policy (R-X1, R-X2) and to compute a refund:
-- the goods in each shipment (shipped.items), when each parcel was delivered (delivery-updated), the order's lines
-- with what was paid (order-received) and the catalogue category of each SKU (product-catalog).
create table shipped_item (
    id          uuid primary key,
    shipment_id uuid not null references shipped_order (shipment_id) on delete cascade,
    order_id    uuid not null,
    sku         text not null,
    quantity    int  not null check (quantity > 0),
    unique (shipment_id, sku)
);
create index shipped_item_order on shipped_item (order_id);

-- The first delivery a carrier (or staff on its word) confirmed for a shipment; may arrive before shipped does.
create table shipment_delivery (
    shipment_id  uuid primary key,
    order_id     uuid        not null,
    delivered_at timestamptz not null
);
create index shipment_delivery_order on shipment_delivery (order_id);

-- The order as received (latest revision): what the customer paid, for eligibility and refunds. No customer data.
create table purchase (
    order_id        uuid primary key,
    order_number    text           not null,
    revision        int            not null,
    currency        text           not null,
    shipping_charge numeric(14, 2),
    order_discount  numeric(14, 2),
    total_amount    numeric(14, 2) not null,
    received_at     timestamptz    not null
);

create table purchase_line (
    id            uuid primary key,
    order_id      uuid           not null references purchase (order_id) on delete cascade,
    line_no       int            not null,
    sku           text           not null,
    product_name  text           not null,
    specification text,
    quantity      int            not null,
    unit_price    numeric(14, 2) not null,
    discount      numeric(14, 2),
    unique (order_id, line_no)
);
create index purchase_line_order on purchase_line (order_id);

-- The catalogue category of each SKU (product-catalog, compacted): some categories cannot be returned.
create table product_category (
    sku        text primary key,
    category   text,
    updated_at timestamptz not null
);
