-- Remedies from the case desk (issue 11, R-E7): review's exception desk publishes the RESOLVED step of a logistics case
-- on order-exception with the remedy chosen and the details shipping put into its detection (shipmentId). Shipping
-- records each case's remedy once (the case id is unique) and shows the newest on the shipment for customer service.
create table shipment_remedy (
    case_id      uuid primary key,
    shipment_id  uuid        not null references shipment (id),
    exception_id uuid        not null,
    code         text        not null,   -- the detection's code, e.g. PARCEL_LOST
    remedy       text        not null,   -- REFUND, ADJUST_AMOUNT, RESEND, COMPENSATION, EXPLANATION, NONE
    result       text,
    resolved_by  text        not null,
    resolved_at  timestamptz not null,
    recorded_at  timestamptz not null
);
create index shipment_remedy_shipment on shipment_remedy (shipment_id, resolved_at);

-- The newest remedy on the shipment (by the case's resolution time); a RESEND asks the warehouse once per shipment for
-- a replacement (replacement-requested), whose picked opens a shipment linked both ways to the one it replaces.
alter table shipment
    add column remedy                   text,
    add column remedy_case_id           uuid,
    add column remedy_at                timestamptz,
    add column remedy_by                text,
    add column replacement_requested_at timestamptz,
    add column replaces_shipment_id     uuid,
    add column replaced_by_shipment_id  uuid;
create index shipment_replaces on shipment (replaces_shipment_id) where replaces_shipment_id is not null;
