-- Issue 14: review_rule_result ids are handed out 50 at a time (the entity's pooled sequence generator), so the
-- dozen rule results of a review go to the database in one batched insert instead of one round trip each. The
-- column default keeps working for any other insert: each nextval reserves a block no one else uses.
alter sequence review_rule_result_id_seq increment by 50;
