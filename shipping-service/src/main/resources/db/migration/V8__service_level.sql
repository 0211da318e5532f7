-- The carrier's service level a shipment left with (e.g. STANDARD, EXPRESS; issue 11, R-S1); null for shipments
-- dispatched before service levels were configured, and for carriers without any.
alter table shipment add column service_level text;
