-- Exception cases (R-E1..R-E8): one per detection (exception_id) or staff flag, with owner, plan, deadline,
-- resolution and the customer's satisfaction; escalated_at is set once when an assigned case passes its deadline.
create table exception_case (
    id                uuid primary key,
    exception_id      uuid        not null unique,
    order_id          uuid        not null,
    order_number      text,
    type              text        not null,
    severity          text        not null,
    code              text        not null,
    description       text        not null,
    details           text,
    department        text,
    status            text        not null,
    opened_by         text        not null,
    opened_at         timestamptz not null,
    owner             text,
    plan              text,
    deadline          timestamptz,
    assigned_by       text,
    assigned_at       timestamptz,
    result            text,
    remedy            text,
    finance_action    text,
    carrier_claim     text,
    resolved_by       text,
    resolved_at       timestamptz,
    customer_informed boolean,
    satisfaction      int,
    closed_by         text,
    closed_at         timestamptz,
    escalated_at      timestamptz,
    version           int         not null default 0
);
create index exception_case_status on exception_case (status, opened_at);
create index exception_case_owner on exception_case (owner, status);
create index exception_case_order on exception_case (order_id);
create index exception_case_escalation on exception_case (deadline) where escalated_at is null and status = 'ASSIGNED';

-- Every step of a case: who did what, when (R-E2..R-E5, R-SEC3).
create table case_history (
    id      bigserial primary key,
    case_id uuid        not null references exception_case (id) on delete cascade,
    stage   text        not null,
    actor   text        not null,
    at      timestamptz not null,
    detail  text        not null
);
create index case_history_case on case_history (case_id, at);
