-- What the kit-outage test consumer handled, in handling order.
create table kit_log (
    seq  bigserial primary key,
    key  text not null,
    name text not null
);
