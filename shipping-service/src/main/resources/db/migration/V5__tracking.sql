-- Tracking (R-S4, R-S5): every update of a shipped parcel, from a carrier's signed webhook or from staff. A carrier's
-- event id is unique per carrier, so a redelivered webhook is recorded once. An update for a tracking number no
-- shipment has (yet) is kept too, without a shipment: an authentic delivery is never thrown away.
create table tracking_event (
    id                 uuid primary key,
    shipment_id        uuid references shipment (id),
    tracking_number    text        not null,
    status             text        not null,
    happened_at        timestamptz not null,
    location           text,
    description        text,
    estimated_delivery date,
    source             text        not null,
    carrier            text        not null,
    carrier_event_id   text,
    recorded_by        text        not null,
    recorded_at        timestamptz not null
);
create unique index tracking_event_carrier_event on tracking_event (carrier, carrier_event_id)
    where carrier_event_id is not null;
create index tracking_event_shipment on tracking_event (shipment_id, happened_at);

-- Where the parcel is: the newest update by the carrier's time (a late, older one does not change it), when the
-- parcel was delivered, which logistics exceptions were raised already (one case per kind and shipment), when the
-- last update arrived and when the parcel was flagged for having none since (R-S6; cleared by the next update).
alter table shipment
    add column delivery_status    text,
    add column delivery_status_at timestamptz,
    add column delivered_at       timestamptz,
    add column exceptions_raised  text not null default '[]',
    add column last_tracking_at   timestamptz,
    add column stale_flagged_at   timestamptz;
-- The stale-tracking check: parcels on their way, not flagged, by when shipping last heard of them.
create index shipment_awaiting_news on shipment ((coalesce(last_tracking_at, shipped_at)))
    where status = 'SHIPPED' and stale_flagged_at is null;
create index shipment_tracking_number on shipment (tracking_number);
