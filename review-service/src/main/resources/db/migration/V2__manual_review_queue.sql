-- The manual review queue (R-R3..R-R5): where the order came from, the deadline, the owner, and notes.
alter table review add column channel text;
alter table review add column due_at timestamptz;
alter table review add column assignee text;
alter table review add column claimed_at timestamptz;

-- Reviews held before this migration get the default deadline, so the overdue filter sees them.
update review set due_at = created_at + interval '4 hours' where status = 'PENDING';

create index review_assignee on review (assignee, status);
create index review_due_at on review (due_at);

-- Whom a reviewer contacted and what was said, with who wrote it and when.
create table review_note (
    id         bigserial primary key,
    review_id  uuid        not null references review (id) on delete cascade,
    author     text        not null,
    text       text        not null,
    created_at timestamptz not null
);
create index review_note_review on review_note (review_id, created_at);
