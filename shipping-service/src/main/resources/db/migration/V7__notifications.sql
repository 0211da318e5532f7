-- Customer notifications (R-S3, issue 11). What shipping needs of an order to write to its customer: the e-mail
-- address (personal data: encrypted by the application, erased with the customer's data), the language the order
-- names (null: by ship-to country, else the default) and its products' names by SKU (JSON array of {sku, productName}).
-- Orders stored before have none of these: their customers get no mail until a new revision arrives.
alter table order_info
    add column customer_email text,
    add column language       text,
    add column lines          text not null default '[]';

-- One mail per cause and shipment (shipped; a delivery exception; a new ETA), written in the transaction of the dispatch
-- or tracking update that causes it and sent by a scheduled sender with retries and backoff: an outbox of mails.
-- recipient and body are encrypted by the application; body is the rendered mail.
create table notification (
    id              uuid primary key,
    order_id        uuid        not null,
    order_number    text        not null,
    shipment_id     uuid        not null references shipment (id),
    kind            text        not null,
    cause           text        not null,
    language        text        not null,
    recipient       text,
    subject         text        not null,
    body            text,
    status          text        not null,
    attempts        int         not null default 0,
    next_attempt_at timestamptz,
    last_attempt_at timestamptz,
    last_error      text,
    created_at      timestamptz not null,
    sent_at         timestamptz,
    failed_at       timestamptz,
    version         int         not null default 0
);
create unique index notification_cause on notification (shipment_id, cause);
create index notification_order on notification (order_id);
-- The sender's work: mails not sent yet, by when they are due.
create index notification_due on notification (next_attempt_at) where status = 'PENDING';
