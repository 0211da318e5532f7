-- Replacements (issue 11): a logistics case resolved with RESEND reaches the warehouse as replacement-requested. Each
-- case is handled once (case_id unique, also under another event id); its lines are reserved and picked outside the
-- order's own allocation, in a pick list (and, for what no warehouse has, a backorder) naming the lost shipment, so the
-- picked event tells shipping which shipment the parcel replaces.
create table replacement_request (
    case_id          uuid primary key,
    order_id         uuid        not null,
    lost_shipment_id uuid        not null,
    requested_by     text        not null,
    requested_at     timestamptz not null,
    handled_at       timestamptz not null
);
create index replacement_request_order on replacement_request (order_id);

alter table pick_list add column replaces_shipment_id uuid;
alter table pick_list add column case_id uuid;
alter table backorder add column replaces_shipment_id uuid;
alter table backorder add column case_id uuid;
