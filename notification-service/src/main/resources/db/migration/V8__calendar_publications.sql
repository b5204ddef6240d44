-- Calendar years published by an administrator (PUT /api/v1/calendar/years/{year}): every version,
-- with who published it and when. The event of each goes out through the outbox on notification.events.
create table calendar_publication (
    version              varchar(64)  primary key,
    year                 int          not null,
    revision             int          not null,
    source               varchar(500),
    holidays             jsonb        not null,
    make_up_working_days jsonb        not null,
    published_by         varchar(128) not null,
    published_at         timestamptz  not null,
    event_id             uuid         not null unique,
    constraint uq_calendar_publication_revision unique (year, revision)
);

-- The calendar version an obligation's due instant was computed with (from the scenario's event), so
-- a deadline that ran into a year without calendar data is known as such (calendarCoverage).
alter table obligation add column calendar_version varchar(256);
