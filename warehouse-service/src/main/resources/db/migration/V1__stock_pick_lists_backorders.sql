-- Stock per warehouse and SKU. available = on_hand - reserved is derived, never stored; the checks are the
-- last line of defence against overselling (the service locks rows and checks before it writes).
create table stock (
    warehouse  text        not null,
    sku        text        not null,
    on_hand    int         not null check (on_hand >= 0),
    reserved   int         not null check (reserved >= 0),
    updated_at timestamptz not null,
    primary key (warehouse, sku),
    check (reserved <= on_hand)
);
create index stock_sku on stock (sku, warehouse);

-- The stock ledger: one row per change, with who and when (R-SEC3).
create table stock_movement (
    id             bigserial primary key,
    warehouse      text        not null,
    sku            text        not null,
    type           text        not null,   -- SET, RESERVATION, PICK, RELEASE
    quantity       int         not null,   -- signed: change of on_hand (SET, PICK) or of reserved (RESERVATION, RELEASE)
    on_hand_after  int         not null,
    reserved_after int         not null,
    order_id       uuid,
    pick_list_id   uuid,
    actor          text        not null,
    occurred_at    timestamptz not null
);
create index stock_movement_stock on stock_movement (warehouse, sku, id);
create index stock_movement_order on stock_movement (order_id) where order_id is not null;

-- One pick list per approved order revision: a redelivered approval cannot create a second one.
create table pick_list (
    id                  uuid primary key,
    order_id            uuid        not null,
    order_number        text        not null,
    revision            int         not null,
    warehouse           text        not null,
    status              text        not null,
    requested_ship_date date,
    approved_at         timestamptz not null,
    created_at          timestamptz not null,
    picked_at           timestamptz,
    picked_by           text,
    unique (order_id, revision)
);
create index pick_list_queue on pick_list (status, requested_ship_date, created_at);

create table pick_list_line (
    id           uuid primary key,
    pick_list_id uuid not null references pick_list (id) on delete cascade,
    line_no      int  not null,
    sku          text not null,
    quantity     int  not null check (quantity > 0),
    unique (pick_list_id, line_no)
);

create table parcel (
    id           uuid primary key,
    pick_list_id uuid not null references pick_list (id) on delete cascade,
    number       int  not null check (number > 0),
    weight_kg    numeric(9, 3) check (weight_kg > 0),
    unique (pick_list_id, number)
);

-- Approved orders no single warehouse could serve; they wait, unreserved, for stock (R-W6).
create table backorder (
    id                  uuid primary key,
    order_id            uuid        not null,
    order_number        text        not null,
    revision            int         not null,
    status              text        not null,
    requested_ship_date date,
    approved_at         timestamptz not null,
    created_at          timestamptz not null,
    unique (order_id, revision)
);
create index backorder_waiting on backorder (status, approved_at);

create table backorder_line (
    id           uuid primary key,
    backorder_id uuid not null references backorder (id) on delete cascade,
    line_no      int  not null,
    sku          text not null,
    quantity     int  not null check (quantity > 0),
    unique (backorder_id, line_no)
);
