-- The ship-by time (R-S2): the end of the customer's requested ship date in the shop's time zone, else
-- oms.sla.ship-hours after the order was received; fixed when order-received arrives, copied to its waiting
-- shipments. The dispatch queue is ordered by it, and a shipment still waiting after it is escalated once.
alter table order_info add column ship_by timestamptz;
alter table shipment
    add column ship_by          timestamptz,
    add column ship_breached_at timestamptz;
-- Rows from before: the defaults (UTC, 24 hours).
update order_info
   set ship_by = coalesce((requested_ship_date + 1)::timestamp at time zone 'UTC', received_at + interval '24 hours');
update shipment s
   set ship_by = o.ship_by
  from order_info o
 where o.order_id = s.order_id and s.status = 'WAITING_DISPATCH';
drop index shipment_queue;
create index shipment_queue on shipment (status, ship_by, created_at);
