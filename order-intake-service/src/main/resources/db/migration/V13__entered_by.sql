-- Issue 13 (R-A7): the roles of the member of staff who keyed an order in (REST API, entry request), sorted and
-- comma-separated, so every order-received of the order names them (enteredBy); null for platform, storefront and
-- replacement orders, and for orders stored before this column.
alter table orders add column entered_by_roles text;
