-- Orders cancelled before they shipped (R-I11), and why a shipment was stopped.
create table cancelled_order (
    order_id     uuid primary key,
    reason       text        not null,
    cancelled_by text        not null,
    cancelled_at timestamptz not null
);
alter table shipment add column cancelled_at timestamptz;
alter table shipment add column cancel_reason text;
