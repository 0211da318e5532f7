-- R-SEC1: phone, e-mail and the shipping address are stored encrypted ("<keyId>:<base64 AES-GCM>", written by
-- the application), with keyed hashes of the normalised phone and e-mail to search by. The country stays plain:
-- it is coarse and logistics needs it. Rows written before this migration keep their plaintext until changed
-- (the application reads both); raw webhook payloads are encrypted the same way from now on.
alter table orders add column phone_hash text;
alter table orders add column email_hash text;
create index orders_phone_hash on orders (phone_hash);
create index orders_email_hash on orders (email_hash);
create index orders_received_at on orders (received_at);
create index orders_order_number_lower on orders (order_number);
create index orders_external_order_id on orders (external_order_id);

-- R-SEC3: every change to an order, attributable: who (and with which roles), when, what (before/after of the
-- changed fields only, personal values masked).
create table order_audit (
    id           bigserial primary key,
    order_id     uuid        not null references orders (id) on delete cascade,
    revision     int         not null,
    action       text        not null,
    actor        text        not null,
    roles        text        not null,
    occurred_at  timestamptz not null,
    before_state text,
    after_state  text        not null
);
create index order_audit_order on order_audit (order_id, occurred_at, id);
