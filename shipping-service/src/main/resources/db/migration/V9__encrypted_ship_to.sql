-- R-SEC1 (issue 11): the customer's name and the ship-to address but the country are stored encrypted by the application
-- ("<keyId>:<base64 AES-GCM>", the kit's Encrypted converter, keys oms.pii.*), as intake stores them. The columns stay
-- text. Rows written before this migration keep their plaintext until the application next writes them (the converter
-- reads both forms): SQL cannot encrypt with the application's keys. A row is encrypted when its name or address
-- changes (an amended address, a newer revision, a customer's redaction erases it); one that never changes again
-- keeps its plaintext (docs/shipping.md says so). The country stays plain: it is coarse and logistics needs it.
comment on column order_info.customer_name is 'encrypted by the application (R-SEC1); older rows may hold plaintext';
comment on column order_info.ship_recipient is 'encrypted by the application (R-SEC1); older rows may hold plaintext';
comment on column order_info.ship_line1 is 'encrypted by the application (R-SEC1); older rows may hold plaintext';
comment on column shipment.ship_recipient is 'encrypted by the application (R-SEC1); older rows may hold plaintext';
comment on column shipment.ship_line1 is 'encrypted by the application (R-SEC1); older rows may hold plaintext';
