-- What the suspected-duplicate rule compares: the customer's pseudonym and the order's items (sku x qty, sorted).
alter table review add column customer_pseudonym text;
alter table review add column items_key text;
create index review_customer on review (customer_pseudonym, order_received_at);

-- Units approved orders will take that the stock-levels projection does not show yet (R-R1): added on approval,
-- dropped when a stock level of the SKU newer than the approval arrives, or when the order is cancelled.
create table approved_in_flight (
    review_id   uuid        not null,
    order_id    uuid        not null,
    sku         text        not null,
    quantity    int         not null,
    approved_at timestamptz not null,
    primary key (review_id, sku)
);
create index approved_in_flight_sku on approved_in_flight (sku, approved_at);
create index approved_in_flight_order on approved_in_flight (order_id);
