-- Business numbers (TS20260930-0001, PRJ2026001, ...): one counter row per scenario and period,
-- taken in a short transaction of its own (BusinessNumbers), so registrations never queue on it.
create table business_number_counter (
    scope  varchar(64) not null,
    period varchar(16) not null,
    last   bigint      not null,
    primary key (scope, period)
);
