-- Issue 10, part B: Shopify's mandatory privacy webhooks (customers/data_request, customers/redact, shop/redact).
-- One row per request, for staff: which orders it concerns and what intake did about them.
create table privacy_request (
    id                   uuid        primary key,
    source               text        not null,
    kind                 text        not null,
    status               text        not null,
    dedupe_key           text        not null,
    shop                 text,
    platform_customer_id text,
    -- The customer's e-mail and phone as the platform gave them, encrypted (R-SEC1); only for a data request
    -- (a redaction does not keep what it erases).
    customer_email       text,
    customer_phone       text,
    platform_request_id  text,
    orders               text        not null,
    received_at          timestamptz not null,
    due_at               timestamptz not null,
    closed_by            text,
    closed_at            timestamptz,
    note                 text,
    constraint privacy_request_dedupe_uk unique (dedupe_key)
);
create index privacy_request_status on privacy_request (status, due_at);
