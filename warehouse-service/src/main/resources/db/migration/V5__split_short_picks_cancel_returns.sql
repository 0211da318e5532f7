-- Split allocation (one pick list per warehouse) and short picks (a second backorder for the missing units) give an
-- order revision several pick lists and backorders: the one-per-revision keys go; redeliveries are still caught by
-- the inbox and the revision check, which runs with the order's rows locked.
alter table pick_list drop constraint if exists pick_list_order_id_revision_key;
alter table backorder drop constraint if exists backorder_order_id_revision_key;
create index pick_list_order on pick_list (order_id, revision);
create index backorder_order on backorder (order_id, revision);

-- Picked quantity per line (a short pick records less than asked), packing, the SLA breach, cancellation.
alter table pick_list_line add column picked_quantity int check (picked_quantity >= 0 and picked_quantity <= quantity);
alter table pick_list add column packed_at timestamptz;
alter table pick_list add column packed_by text;
alter table pick_list add column breached_at timestamptz;
alter table pick_list add column cancelled_at timestamptz;
-- The SLA check looks for open or picked lists past their deadline and not breached yet.
create index pick_list_unbreached on pick_list (due_at) where breached_at is null and status in ('OPEN', 'PICKED');

-- Why an order waits (BACKORDER at approval, SHORT_PICK after a picker found too few), and where it was short.
alter table backorder add column reason text not null default 'BACKORDER';
alter table backorder add column warehouse text;
alter table backorder add column cancelled_at timestamptz;

-- Cancelled orders: an approval that arrives after the cancellation reserves nothing.
create table cancelled_order (
    order_id     uuid primary key,
    order_number text        not null,
    reason       text        not null,
    cancelled_by text        not null,
    cancelled_at timestamptz not null
);

-- Returned goods as inspected (one row per item): RESELLABLE ones were restocked, the others only recorded.
create table returned_item (
    id          bigserial primary key,
    return_id   uuid        not null,
    order_id    uuid        not null,
    warehouse   text        not null,
    sku         text        not null,
    quantity    int         not null check (quantity > 0),
    disposition text        not null,
    restocked   boolean     not null,
    note        text,
    received_by text        not null,
    received_at timestamptz not null
);
create index returned_item_return on returned_item (return_id);
create index returned_item_order on returned_item (order_id);

-- Returns handled, one row each: a return received twice (another event id) restocks once.
create table handled_return (
    return_id  uuid primary key,
    handled_at timestamptz not null
);
