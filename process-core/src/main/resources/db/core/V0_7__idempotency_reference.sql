-- A completed key names what its request created (the Location of the created object), besides the
-- status and body of the first response; keys are now completed in the request's own transaction.
alter table idempotency_record add column response_location varchar(1000);
