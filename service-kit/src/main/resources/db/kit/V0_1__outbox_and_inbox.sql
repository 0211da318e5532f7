-- The service-kit tables every service database has: the transactional outbox and the inbox of
-- processed events. Service migrations start at V1 in db/migration.

create table outbox (
    seq          bigserial primary key,
    id           uuid        not null unique,   -- CloudEvents id
    topic        text        not null,
    event_key    text        not null,          -- Kafka record key (order id for order events)
    ce_type      text        not null,
    ce_source    text        not null,
    ce_subject   text,
    ce_time      timestamptz not null,          -- when the step happened
    payload      text        not null,          -- JSON body
    created_at   timestamptz not null default now(),
    published_at timestamptz                    -- set only after the broker acknowledged
);
create index outbox_pending on outbox (seq) where published_at is null;

-- Wakes the relay (LISTEN oms_outbox); notifications are delivered only when the transaction commits.
create function oms_outbox_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('oms_outbox', '');
    return null;
end
$$;
create trigger outbox_notify after insert on outbox for each statement execute function oms_outbox_notify();

create table processed_event (
    consumer     text        not null,
    event_id     text        not null,
    processed_at timestamptz not null default now(),
    primary key (consumer, event_id)
);
