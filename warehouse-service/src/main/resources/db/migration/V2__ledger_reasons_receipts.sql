-- Adjustments say why (R-SEC3); receipts and adjustments are two more movement types (ADJUSTMENT, RECEIPT).
alter table stock_movement add column reason text;
-- The ledger is read newest first, by SKU or by warehouse and SKU.
create index stock_movement_sku on stock_movement (sku, id);

-- A backorder served by a goods receipt (R-W6) points at the pick list it got.
alter table backorder add column served_at timestamptz;
alter table backorder add column pick_list_id uuid;
-- A receipt looks up the waiting orders that need its SKU.
create index backorder_line_sku on backorder_line (sku, backorder_id);
