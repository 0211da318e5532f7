-- Return tickets as issue 12 shapes them (R-X2, R-X3): the reason is a code, what the customer said is in notes (the
-- free-text reasons of tickets opened before are moved there), the requested outcome, photos, where to send the goods
-- and who pays, the policy version it was checked against, and the after-sales contact log and deadline.
alter table return_ticket add column notes text;
update return_ticket set notes = reason, reason = 'OTHER';
alter table return_ticket
    add column order_number           text,
    add column requested_outcome      text          not null default 'REFUND',
    add column exchange_specification text,
    add column photo_urls             text          not null default '[]',
    add column return_warehouse       text,
    add column return_address         text,
    add column shipping_paid_by       text,
    add column restocking_fee_percent numeric(5, 2) not null default 0,
    add column policy_version         text,
    add column contacts               text          not null default '[]',
    add column contact_due_at         timestamptz,   -- null for tickets opened before the deadline existed
    add column contacted_at           timestamptz,   -- the first contact
    add column contact_breached_at    timestamptz;   -- when sla-breached AFTER_SALES_CONTACT was published
create index return_ticket_contact_due on return_ticket (contact_due_at)
    where contacted_at is null and contact_breached_at is null;
create index return_ticket_status on return_ticket (status);
