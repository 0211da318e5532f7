-- R-I6: the payment plan of an order (instalments: count and amount per instalment).
alter table orders add column payment_instalments       int check (payment_instalments >= 2);
alter table orders add column payment_instalment_amount numeric(12, 2);

-- R-I6, R-E6: payments recorded against an order, from providers' webhooks or entered by finance. One row per
-- provider payment id, however often the provider delivers it.
create table payment (
    id                  uuid primary key,
    order_id            uuid           not null references orders (id) on delete cascade,
    provider            text           not null,
    provider_payment_id text           not null,
    status              text           not null,
    amount              numeric(12, 2) not null check (amount >= 0),
    currency            char(3)        not null,
    method              text           not null,
    instalment_number   int,
    paid_at             timestamptz,
    failure_reason      text,
    anomaly             text,
    recorded_by         text           not null,
    recorded_at         timestamptz    not null,
    constraint payment_provider_payment_uk unique (provider, provider_payment_id)
);
create index payment_order on payment (order_id, recorded_at);
