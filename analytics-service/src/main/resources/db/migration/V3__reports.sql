-- Stored reports (R-A6, issue 13): daily, weekly and monthly ones made on schedule (one per kind and period) and
-- on-demand ones; the content is the figures as they were when the report was made (JSON), rendered as CSV or HTML.
create table report (
    id            uuid primary key,
    kind          text        not null,  -- DAILY, WEEKLY, MONTHLY, ON_DEMAND
    period_from   date        not null,
    period_to     date        not null,  -- exclusive
    generated_at  timestamptz not null,
    generated_by  text        not null,  -- a user name, or "schedule"
    content       text        not null
);
create unique index report_scheduled on report (kind, period_from) where kind <> 'ON_DEMAND';
create index report_generated on report (generated_at desc, id);
