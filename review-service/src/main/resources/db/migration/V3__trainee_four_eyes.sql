-- A trainee's prepared decision, waiting for a second, non-trainee reviewer to confirm it (R-T1).
alter table review add column prepared_decision    text;
alter table review add column prepared_by          text;
alter table review add column prepared_at          timestamptz;
alter table review add column prepared_reason_code text;
alter table review add column prepared_reason      text;
