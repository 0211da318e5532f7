-- Issue 10, part B: the order's later life on the platform.
-- The platform's updated_at / date_modified of the newest update intake acted on: an older one is stale.
alter table orders add column platform_updated_at timestamptz;

-- What a later-life delivery was answered (JSON): a redelivery (same delivery id) is answered the same.
alter table webhook_delivery add column result text;
create index webhook_delivery_delivery_id on webhook_delivery (source, delivery_id);
