-- Every commit that inserts outbox rows, whoever the writer (this service, another instance of it, a
-- script), notifies channel outbox_event; the relay LISTENs on a connection of its own and publishes at
-- once instead of at its next poll. PostgreSQL delivers a notification only when the transaction commits
-- and folds identical ones of one transaction into one; statement-level, so a multi-row insert notifies
-- once. The relay's poll stays the fallback for a missed notification (docs/running.md).
create function outbox_event_committed() returns trigger
    language plpgsql as
$$
begin
    perform pg_notify('outbox_event', '');
    return null;
end
$$;

create trigger outbox_event_committed
    after insert on outbox_event
    for each statement
execute function outbox_event_committed();
