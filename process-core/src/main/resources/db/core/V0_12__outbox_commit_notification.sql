-- A commit that inserts outbox rows from outside the services (a script, a tool, a service of another
-- stack) notifies channel outbox_event; the relay LISTENs on a connection of its own and publishes at once
-- instead of at its next poll. PostgreSQL delivers a notification only when the transaction commits and
-- folds identical ones of one transaction into one; statement-level, so a multi-row insert notifies once.
-- The services' own connections say handbook.outbox_writer=service (process-core's datasource options) and
-- do not notify: a service wakes its own relay in the JVM, and its relay passes the wake-up on with one
-- pg_notify when another instance's relay holds the lock. A NOTIFY in every act's commit would serialize
-- the commits of the whole cluster (PostgreSQL takes one lock per database-cluster for the notification
-- queue until the commit is flushed): pgbench measured 1,500-1,800 inserts/s without, 360-610 with it.
create function outbox_event_committed() returns trigger
    language plpgsql as
$$
begin
    if current_setting('handbook.outbox_writer', true) is distinct from 'service' then
        perform pg_notify('outbox_event', '');
    end if;
    return null;
end
$$;

create trigger outbox_event_committed
    after insert on outbox_event
    for each statement
execute function outbox_event_committed();
