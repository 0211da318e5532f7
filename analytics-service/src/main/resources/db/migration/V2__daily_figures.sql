-- Issue 13: every topic, incremental daily figures with mergeable sketches, corrections.

-- More of each order: who did each step, the warehouse, the latest shipment (split orders), delivery, cancellation,
-- and the units per SKU of the newest revision (JSON object sku -> units; no personal data).
alter table order_timeline
    add column approved_by      text,
    add column rejected_by      text,
    add column picked_by        text,
    add column warehouse        text,
    add column shipped_by       text,
    add column last_shipped_at  timestamptz,
    add column delivered_at     timestamptz,
    add column cancelled_at     timestamptz,
    add column cancelled_by     text,
    add column sku_units        text;

-- One row per UTC day, figure and dimension value: how many facts count there, their total (milliseconds, cents or
-- units) and, for durations, an HdrHistogram sketch of the values in seconds. Maintained in the inbox transaction.
create table daily_figure (
    day       date   not null,
    metric    text   not null,
    dim_kind  text   not null,
    dim       text   not null,
    count     bigint not null default 0,
    total     bigint not null default 0,
    sketch    bytea,
    primary key (metric, dim_kind, day, dim)
);

-- What each subject (an order, an exception, an SLA breach, a shortage...) adds to daily_figure right now, so a
-- change of the subject takes out exactly what it added before and adds its new facts.
create table subject_fact (
    subject   text   not null,
    fact_key  text   not null,
    metric    text   not null,
    dim_kind  text   not null,
    dim       text   not null,
    day       date   not null,
    value     bigint not null,
    primary key (subject, fact_key)
);

-- Exceptions: one row per exception (detection and its case share the exceptionId).
create table exception_timeline (
    exception_id  uuid primary key,
    type          text,
    first_at      timestamptz,
    resolved_at   timestamptz,
    resolved_by   text,
    closed_at     timestamptz,
    owner         text,
    satisfaction  int
);

-- SLA breaches: one per kind and subject, at its earliest detection.
create table sla_breach (
    kind        text not null,
    subject_id  text not null,
    service     text,
    owner       text,
    detected_at timestamptz not null,
    primary key (kind, subject_id)
);

-- The product catalogue's categories (product-catalog, newest entry wins), for top categories.
create table product (
    sku        text primary key,
    category   text,
    updated_at timestamptz not null
);

-- Stock levels per warehouse and SKU (stock-levels, newest wins), for the live gauges.
create table stock_level (
    warehouse  text not null,
    sku        text not null,
    available  int  not null,
    updated_at timestamptz not null,
    primary key (warehouse, sku)
);

-- Staff corrections of a recorded stage duration (R-A8): never updated or deleted; the newest per order and stage
-- replaces the measured value in the figures, the events and the timeline stay as they were.
create table stage_correction (
    id                uuid primary key,
    order_id          uuid        not null,
    stage             text        not null,
    corrected_seconds bigint      not null,
    previous_seconds  bigint,
    reason            text        not null,
    corrected_by      text        not null,
    corrected_at      timestamptz not null
);
create index stage_correction_order on stage_correction (order_id, corrected_at);
