-- Blacklisted customer contact details (phone, e-mail, address), kept only as keyed hashes (oms.pii.hash-key)
-- of their normalised form, plus a masked hint for people; the automatic review matches orders against them.
create table blacklist_entry (
    id         uuid primary key,
    kind       text        not null,
    value_hash text        not null,
    hint       text        not null,
    reason     text        not null,
    created_by text        not null,
    created_at timestamptz not null,
    unique (kind, value_hash)
);
