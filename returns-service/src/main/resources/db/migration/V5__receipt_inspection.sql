-- Receipt and inspection of returned goods (R-X4, R-X5): what came back per line, its condition and disposition, and
-- whether the policy still covers it; who received and inspected the goods, and when.
alter table return_line
    add column received_quantity int check (received_quantity >= 0),
    add column item_condition    text,
    add column disposition       text,
    add column eligible          boolean;
alter table return_ticket
    add column received_at     timestamptz,
    add column received_by     text,
    add column receipt_note    text,
    add column inspected_at    timestamptz,
    add column inspected_by    text,
    add column inspection_note text;
