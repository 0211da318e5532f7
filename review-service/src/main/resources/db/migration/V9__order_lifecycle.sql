-- Issue 17 (docs/ORDER-LIFECYCLE.md). Review's decisions on one order are numbered: every order-approved,
-- order-held and order-rejected carries the next number, taken in the transaction that stages the event, so a
-- rolled-back or redelivered decision uses none. The row is also the per-order lock of decisions.
create table order_decision (
    order_id      uuid primary key,
    last_sequence bigint not null
);

-- Payments recorded from trusted sources (payment-recorded): the newest by recorded_at is the truth.
create table order_payment (
    order_id       uuid primary key,
    captured_total numeric(12, 2) not null,
    last_result    text           not null,
    failure_reason text,
    recorded_at    timestamptz    not null
);

-- A review opened by a payment that failed after approval: one per payment, like one per amendment.
alter table review add column payment_id uuid;
drop index review_order_revision;
create unique index review_order_revision on review (order_id, revision)
    where amendment_id is null and payment_id is null;
create unique index review_payment on review (payment_id);

-- Units in flight are forgotten only by a newer level of the warehouse expected to reserve them (null: unknown,
-- any warehouse's newer level of the SKU).
alter table approved_in_flight add column warehouse text;
