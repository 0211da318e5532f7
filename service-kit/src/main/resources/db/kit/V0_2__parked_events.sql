-- Events that arrived before the event they refer to (an amendment before its order, a cancellation before
-- its approval): parked per consumer and key, applied in arrival order when the predecessor arrives, never
-- dropped (docs/ORDER-LIFECYCLE.md). A row is deleted when it is applied.
create table parked_event (
    seq          bigserial   primary key,
    consumer     text        not null,
    event_key    text        not null,          -- what it waits on, usually the order id
    event_id     text        not null,          -- CloudEvents id
    ce_type      text        not null,
    ce_source    text        not null,
    ce_time      text        not null,          -- as received (RFC 3339)
    ce_subject   text,
    payload      text        not null,          -- JSON body
    waiting_for  text        not null,          -- what it waits for, e.g. order-received
    parked_at    timestamptz not null default now(),
    reported_at  timestamptz,                   -- set when it waited too long and was reported
    unique (consumer, event_id)
);
create index parked_event_by_key on parked_event (consumer, event_key, seq);
create index parked_event_unreported on parked_event (parked_at) where reported_at is null;
