-- Issue 13 (R-A7): who keyed an order in (order-received's enteredBy.user; null for platform orders and for events
-- published before the field), for the staff KPIs orders entered and entry accuracy.
alter table order_timeline add column entered_by text;
