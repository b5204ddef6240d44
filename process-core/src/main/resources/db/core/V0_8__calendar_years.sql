-- Calendar years published at run time (notification-service, PUT /api/v1/calendar/years/{year}),
-- as this service received them: every version ever loaded, so a deadline stored with an older
-- version is still understood. The newest published version of a year is the one in use.
create table calendar_year (
    version              varchar(64)  primary key,
    year                 int          not null,
    source               varchar(500),
    holidays             jsonb        not null,
    make_up_working_days jsonb        not null,
    published_by         varchar(128),
    published_at         timestamptz  not null,
    received_at          timestamptz  not null
);
create index ix_calendar_year_year on calendar_year (year, published_at);

-- Explicit recomputations of open deadlines with the current calendar: who asked, when, what changed.
create table calendar_recomputation (
    id               uuid         primary key,
    requested_by     varchar(128) not null,
    requested_at     timestamptz  not null,
    calendar_version varchar(256) not null,
    reason           varchar(500),
    examined         int          not null,
    changed          int          not null,
    changes          jsonb        not null default '[]'::jsonb
);
create index ix_calendar_recomputation_at on calendar_recomputation (requested_at);
