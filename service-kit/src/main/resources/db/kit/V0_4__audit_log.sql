-- Issue 15, R-SEC3: every service's audit log. Each state change appends one row in the transaction that makes it:
-- who (user name), with which roles, when, what (an action, the order it concerns, details with personal values
-- masked). The rows form one hash chain per service (one database): a row's hash is
--   sha256(prev_hash || canonical)   (hex; the first row's prev_hash is 64 zeros)
-- with canonical = json_build_array(pos, occurred_at as 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"' in UTC, actor, roles,
-- action, order_id, subject, details)::text. A change's transaction only inserts its row (no lock: writers never wait
-- for each other or deadlock on the log); oms_audit_seal(), run every second by the kit's AuditSealer in one instance
-- at a time (an advisory lock), gives the committed rows that have none their pos, prev_hash and hash in insertion
-- order, so they form one chain. oms_audit_verify() recomputes the sealed chain.

create table audit_log (
    id          bigserial   primary key,           -- insertion order
    pos         bigint      unique,                -- position in the chain: 1, 2, 3... (set when sealed)
    occurred_at timestamptz not null,
    actor       text        not null,               -- user name, or "system" for work no person asked for
    roles       text        not null,               -- the caller's OMS roles, comma-separated, sorted
    action      text        not null,               -- e.g. order-approved (an event it published) or AMENDED
    order_id    text,                               -- the order it concerns, if any
    subject     text,                               -- what else it concerns (event key, SKU, ticket...)
    details     text,                               -- JSON, personal values masked; null if none
    prev_hash   text,
    hash        text
);
create index audit_log_order on audit_log (order_id, id) where order_id is not null;
create index audit_log_unsealed on audit_log (id) where pos is null;

create function oms_audit_canonical(a audit_log) returns text language sql immutable as $$
    select json_build_array(a.pos,
                            to_char(a.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                            a.actor, a.roles, a.action, a.order_id, a.subject, a.details)::text
$$;

create function oms_audit_hash(prev text, a audit_log) returns text language sql immutable as $$
    select encode(sha256(convert_to(prev || oms_audit_canonical(a), 'UTF8')), 'hex')
$$;

-- Seals up to `batch` committed rows that have no place in the chain yet, in insertion order; answers how many. One
-- sealer at a time (the others answer 0 at once): the advisory lock is released at commit.
create function oms_audit_seal(batch integer) returns integer language plpgsql as $$
declare
    last audit_log;
    a audit_log;
    prev text;
    next_pos bigint;
    sealed integer := 0;
begin
    if not pg_try_advisory_xact_lock(7215030415) then
        return 0;
    end if;
    select * into last from audit_log where pos is not null order by pos desc limit 1;
    if last.pos is null then
        next_pos := 1;
        prev := repeat('0', 64);
    else
        next_pos := last.pos + 1;
        prev := last.hash;
    end if;
    for a in select * from audit_log where pos is null order by id limit batch loop
        a.pos := next_pos;
        a.prev_hash := prev;
        a.hash := oms_audit_hash(prev, a);
        update audit_log set pos = a.pos, prev_hash = a.prev_hash, hash = a.hash where id = a.id;
        prev := a.hash;
        next_pos := next_pos + 1;
        sealed := sealed + 1;
    end loop;
    return sealed;
end
$$;

-- The chain checked from the first row: how many rows, the first row that breaks it (its hash does not match its
-- content, it does not link to the row before, or a position is missing) and the last row's hash (an operator may
-- write it down elsewhere: a truncated chain is then noticed too).
create function oms_audit_verify(out checked bigint, out first_broken bigint, out reason text, out head text)
language plpgsql stable as $$
declare
    a audit_log;
    prev text := repeat('0', 64);
    expected_pos bigint := 1;
begin
    checked := 0;
    for a in select * from audit_log where pos is not null order by pos loop
        if a.pos <> expected_pos then
            first_broken := expected_pos; reason := 'row missing'; exit;
        elsif a.prev_hash <> prev then
            first_broken := a.pos; reason := 'does not link to the row before'; exit;
        elsif a.hash <> oms_audit_hash(prev, a) then
            first_broken := a.pos; reason := 'content does not match its hash'; exit;
        end if;
        checked := checked + 1;
        prev := a.hash;
        expected_pos := expected_pos + 1;
    end loop;
    head := prev;
end
$$;
