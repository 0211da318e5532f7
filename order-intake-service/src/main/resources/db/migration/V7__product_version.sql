-- Issue 17: catalogue edits name the version they were based on (optimistic locking).
alter table product add column version bigint not null default 0;
