-- Quality control of returns for quality problems (R-X7): the sampled SKUs of QUALITY tickets (at least the first N
-- per SKU and month, then at oms.returns.qc-sample-rate), and the cause QC recorded for each.
create table qc_sample (
    id          uuid primary key,
    return_id   uuid        not null references return_ticket (id),
    order_id    uuid        not null,
    sku         text        not null,
    quantity    int         not null,
    sample_month text       not null,   -- yyyy-MM in oms.returns.time-zone
    sampled_at  timestamptz not null,
    status      text        not null,
    cause       text,
    notes       text,
    recorded_by text,
    recorded_at timestamptz,
    version     int         not null default 0,
    unique (return_id, sku)
);
create index qc_sample_status on qc_sample (status, sampled_at);
create index qc_sample_sku on qc_sample (sku, sample_month);
