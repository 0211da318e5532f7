-- Goods the policy does not cover after inspection (R-X4): the explanation and the alternative offered (repair,
-- partial compensation, return to the customer), and the customer's consent (or refusal) before it is carried out.
alter table return_ticket
    add column alternative             text,
    add column alternative_explanation text,
    add column compensation_amount     numeric(14, 2),
    add column alternative_offered_by  text,
    add column alternative_offered_at  timestamptz,
    add column declined_alternatives   text not null default '[]',
    add column consented_by            text,
    add column consented_at            timestamptz,
    add column consent_note            text;
