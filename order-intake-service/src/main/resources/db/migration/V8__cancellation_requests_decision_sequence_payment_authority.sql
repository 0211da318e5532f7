-- Issue 17, R-I11: a cancellation is a request that shipping confirms (order-cancelled) or refuses
-- (order-cancel-refused). The order keeps its latest request; cancel_reason (V4) is that request's reason.
alter table orders add column cancel_request_id     uuid;
alter table orders add column cancel_status         text check (cancel_status in ('REQUESTED', 'CONFIRMED', 'REFUSED'));
alter table orders add column cancel_requested_at   timestamptz;
alter table orders add column cancel_requested_by   text;
alter table orders add column cancel_answered_at    timestamptz;
alter table orders add column cancel_refusal_code   text;
alter table orders add column cancel_refusal_reason text;
-- Orders intake cancelled itself before cancellations were requests.
update orders set cancel_status = 'CONFIRMED', cancel_requested_at = cancelled_at, cancel_requested_by = cancelled_by,
                  cancel_answered_at = cancelled_at
 where status = 'CANCELLED';

-- Issue 17: the sequence of review's newest decision applied (approve/hold/reject); an older one arriving late is
-- recorded in the history but does not change the status. 0: none yet, or only decisions without a sequence.
alter table orders add column decision_sequence bigint not null default 0;

-- R-I6: who vouches that the order is paid (PLATFORM: a signed platform webhook said so); null: as the caller said.
alter table orders add column payment_confirmed_by text;
