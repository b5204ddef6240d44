-- An event Kafka will never accept as it is (larger than the topic allows, or refused as invalid) is set
-- aside instead of retried forever: a retried batch would hold every later event of the service back.
-- The row stays, with the time and Kafka's reason; operations fix the cause (docs/running.md, "An event
-- Kafka refuses") and set rejected_at back to null to publish it. Rejected rows are never purged.
alter table outbox_event
    add column rejected_at timestamptz,
    add column rejection text;

drop index ix_outbox_event_unsent;
create index ix_outbox_event_unsent on outbox_event (seq) where sent_at is null and rejected_at is null;
create index ix_outbox_event_rejected on outbox_event (seq) where rejected_at is not null;
