create table kit_counter (
    key       text primary key,
    count     int  not null,
    last_name text
);
create table kit_note (
    id   uuid primary key,
    text text not null
);
