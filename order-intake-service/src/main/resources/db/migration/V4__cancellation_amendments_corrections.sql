-- R-I11: cancellation before shipping, with who, when and why.
alter table orders add column cancelled_at  timestamptz;
alter table orders add column cancelled_by  text;
alter table orders add column cancel_reason text;

-- R-I9: the reviewer's rejection of the current revision, shown in the clerks' correction list.
alter table orders add column rejection_code   text;
alter table orders add column rejection_reason text;
alter table orders add column rejected_by      text;
alter table orders add column rejected_at      timestamptz;
create index orders_rejected on orders (status, rejected_at) where status = 'REJECTED';

-- R-I10: each applied customer change (address, contact, lines), with who and when; personal values masked.
create table order_amendment (
    id          uuid primary key,
    order_id    uuid        not null references orders (id) on delete cascade,
    revision    int         not null,
    changed     text        not null,
    reason      text        not null,
    details     text        not null,
    amended_by  text        not null,
    amended_at  timestamptz not null
);
create index order_amendment_order on order_amendment (order_id, amended_at);

-- A corrected revision replaces the lines: checked at commit, so old and new rows may overlap while flushing.
alter table order_line drop constraint order_line_order_id_line_no_key;
alter table order_line add constraint order_line_order_id_line_no_key unique (order_id, line_no) deferrable initially deferred;
