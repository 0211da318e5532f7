-- The pick deadline (R-W3): created + oms.sla.pick-hours; lists from before it get the default 8 hours.
alter table pick_list add column due_at timestamptz;
update pick_list set due_at = created_at + interval '8 hours';
alter table pick_list alter column due_at set not null;
create index pick_list_due on pick_list (status, due_at);
