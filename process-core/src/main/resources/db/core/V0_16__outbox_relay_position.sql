-- The relay's mark, "update outbox_event set sent_at = ... where seq = any(...)", becomes a HOT update: no index
-- names sent_at any more, in its columns or its predicate, and pages keep room for the new versions. Before, each
-- mark wrote a new 1.2 KB row version on another page and three index entries (primary key, event_id, sent_at),
-- and left one dead entry in the unsent index that every later read went through until a vacuum (this machine's
-- PostgreSQL runs with autovacuum = off: the relay fell from 20,000 to 2,500 events/s on a backlog).
--
-- The relay finds the unsent rows from a position instead of an index of them: every row with seq <= position is
-- sent or set aside, and no row can commit below it (the relay raises it only up to a seq it knows settled, see
-- RelayConnection), so it reads "seq > position and sent_at is null and rejected_at is null" along the primary key.

-- No writer may be in flight while the first position is taken: a row committing later below it would be skipped.
lock table outbox_event in exclusive mode;

create table outbox_relay_position (
    singleton boolean primary key default true check (singleton),
    seq       bigint  not null
);
insert into outbox_relay_position (seq)
select coalesce((select min(seq) - 1 from outbox_event where sent_at is null and rejected_at is null),
                (select max(seq) from outbox_event), 0);

-- The purge deletes rows sent longer ago than the retention without an index on sent_at: it walks the primary key
-- up to the position as it was then. Each purge run records the position with its time; a checkpoint (at, seq)
-- says every row up to seq was sent or set aside by at.
create table outbox_relay_checkpoint (
    at  timestamptz primary key,
    seq bigint      not null
);
insert into outbox_relay_checkpoint (at, seq) select now(), seq from outbox_relay_position;

-- A row set aside and re-queued by operations (rejected_at back to null, docs/running.md) may lie below the
-- position: the position goes back below it, and the relay's next read finds it (the rows in between are sent and
-- read past). The relay raises the position only from the value it read ("where seq = <read>"), so it cannot
-- overwrite this.
create function outbox_event_requeued() returns trigger
    language plpgsql as
$$
begin
    update outbox_relay_position set seq = new.seq - 1 where seq >= new.seq;
    return null;
end
$$;

create trigger outbox_event_requeued
    after update of rejected_at on outbox_event
    for each row
    when (old.rejected_at is not null and new.rejected_at is null)
execute function outbox_event_requeued();

drop index ix_outbox_event_unsent;
drop index ix_outbox_event_sent_at;
-- A page filled to half by inserts has room for the new versions of all its rows when one batch marks them together
-- (an update becomes HOT only on the page of the old version; the old ones are pruned once no snapshot sees them).
alter table outbox_event set (fillfactor = 50);
-- one row: the planner knows it (without statistics it would guess 2,200 and plan the relay's read for as many)
analyze outbox_relay_position;
