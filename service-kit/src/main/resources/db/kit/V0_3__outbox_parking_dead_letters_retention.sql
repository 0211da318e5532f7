-- Issue 16: an outbox row that can never be sent is parked (and holds later rows of its key) instead of
-- blocking the whole outbox; dead-lettered events are flagged per (consumer, key); retention deletes
-- old inbox and outbox rows in bounded batches, through the indexes below.

alter table outbox
    add column state        text        not null default 'pending'
        check (state in ('pending', 'parked', 'discarded')),
    add column attempts     int         not null default 0,   -- failed sends so far
    add column last_error   text,
    add column parked_at    timestamptz,
    add column discarded_at timestamptz;

drop index outbox_pending;
create index outbox_pending on outbox (seq) where published_at is null and state = 'pending';
-- "is an earlier row of this key parked?" (the relay holds the key's later rows) and the admin listing
create index outbox_parked on outbox (event_key, seq) where state = 'parked';
-- retention: published and discarded rows by age
create index outbox_published_at on outbox (published_at) where published_at is not null;
create index outbox_discarded_at on outbox (discarded_at) where state = 'discarded';

create index processed_event_processed_at on processed_event (processed_at);

-- Events a consumer sent to <topic>.dlq and has not processed since (a replay that succeeds removes the row).
create table dead_lettered_event (
    consumer          text        not null,
    event_id          text        not null,
    event_key         text,
    topic             text        not null,
    reason            text,
    dead_lettered_at  timestamptz not null default now(),
    primary key (consumer, event_id)
);
create index dead_lettered_event_key on dead_lettered_event (consumer, event_key);
