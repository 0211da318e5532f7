-- Amendments of lines are reviewed again (R-I10, R-R1): a re-review has the revision it amends and the
-- amendment's id, so one revision may now have several reviews, but each amendment only one.
alter table review add column amendment_id uuid;
alter table review drop constraint review_order_id_revision_key;
create unique index review_order_revision on review (order_id, revision) where amendment_id is null;
create unique index review_amendment on review (amendment_id);

-- The order as last reviewed (JSON, encrypted with oms.pii keys as it holds contact and address, R-SEC1),
-- what an amendment is applied to before the rules run again.
alter table review add column order_snapshot text;
