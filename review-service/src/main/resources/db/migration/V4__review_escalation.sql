-- Overdue manual reviews are escalated once (R-R4): when it happened; the SLA check only picks rows without it.
alter table review add column escalated_at timestamptz;
create index review_escalation_due on review (due_at) where escalated_at is null and status in ('PENDING', 'AWAITING_CONFIRMATION');
