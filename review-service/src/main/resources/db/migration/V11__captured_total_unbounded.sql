-- A payment-recorded event's capturedTotal is the sum of every capture less every refund of the order: each
-- payment is bounded (intake stores numeric(12, 2)), their sum is not. numeric(12, 2) overflowed (22003) on a
-- sum past 9,999,999,999.99, and the event was dead-lettered: the order never saw its payment. Unbounded here.
alter table order_payment alter column captured_total type numeric;
