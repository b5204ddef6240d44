-- A delivery is claimed in one short transaction and sent after it commits, so no transaction stays open
-- while an OA system or mail server answers. The claim (token and time) is the lease: next_attempt_at is
-- moved to its end, so a claim lost with its instance is taken again once the lease has run out, and the
-- outcome is recorded only by the holder of the current token.
alter table webhook_delivery add column claim_token uuid;
alter table webhook_delivery add column claimed_at timestamptz;
