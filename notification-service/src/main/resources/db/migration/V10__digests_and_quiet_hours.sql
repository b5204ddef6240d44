-- Digests and quiet hours: notices to one recipient bundled into one message at a window's end.
-- A window is a digest (the first notice went out at once, the rest within the window wait for its end)
-- or a quiet-hours hold (non-urgent reminders to a person outside working hours wait for the start of
-- the next working day). At most one open window per recipient and purpose; flushed exactly once by the
-- instance that claims it (FOR UPDATE SKIP LOCKED), in the transaction that publishes it.
create table notice_digest (
    id                   uuid         primary key,
    recipient_key        varchar(250) not null,
    purpose              varchar(16)  not null,
    recipient_person     varchar(128),
    recipient_department varchar(64),
    opened_at            timestamptz  not null,
    send_at              timestamptz  not null,
    state                varchar(16)  not null,
    item_count           int,
    sent_at              timestamptz,
    version              bigint       not null default 0
);
create unique index uq_notice_digest_open on notice_digest (recipient_key, purpose) where state = 'OPEN';
create index ix_notice_digest_send on notice_digest (send_at) where state = 'OPEN';

-- Each notice stays its own inbox row (queryable, marked read one by one); digest_id names the digest
-- that carried it to the push channels (null: it went out at once).
alter table notification add column digest_id uuid references notice_digest (id);
create index ix_notification_digest on notification (digest_id) where digest_id is not null;

-- Each endpoint chooses: DIGEST (one message per digest) or EACH (one message per notice, as before).
-- Endpoints registered before keep what they had; new ones default to DIGEST (WebhookRequest).
alter table webhook_endpoint add column delivery_mode varchar(16) not null default 'EACH';
