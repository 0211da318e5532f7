-- Issue 12: an exchange's replacement order says what it replaces (published as order-received.replacement).
alter table orders add column replaces_return_id uuid;
alter table orders add column replaces_order_id uuid;
