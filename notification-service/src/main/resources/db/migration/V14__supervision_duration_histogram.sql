-- How long done obligations took, as a histogram per local day (the handbook's calendar zone, as
-- supervision_daily), scenario, node (an obligation's item key), department and kind, with the same
-- per calendar month, both maintained as obligations close: the duration percentiles and the on-time
-- rate by kind read a period's whole months and its remaining days, never its obligations (a year over
-- 10 million nodes took 40 s with percentile_cont over the obligation rows).
--
-- Buckets are log-spaced, 5% wide: bucket b holds durations s (seconds) with
-- 1.05^b - 1 <= s < 1.05^(b+1) - 1. A percentile interpolated inside its bucket is within 5% of
-- (the exact percentile + 1 s); about 350 buckets cover a year.

-- The bucket of a duration in seconds (negative durations count as 0).
create function supervision_duration_bucket(seconds double precision) returns int
    language sql immutable strict parallel safe
    as $$ select floor(ln(1 + greatest(seconds, 0)) / ln(1.05))::int $$;

-- The first duration (seconds) of a bucket; the bucket ends where bucket + 1 starts.
create function supervision_duration_bucket_start(bucket int) returns double precision
    language sql immutable strict parallel safe
    as $$ select power(1.05::double precision, bucket) - 1 $$;

create table supervision_duration (
    day          date        not null,
    process_type varchar(64) not null,
    node_key     varchar(64) not null,
    department   varchar(64) not null,
    kind         varchar(64) not null,
    bucket       int         not null,
    count        int         not null,
    -- of those, done by their due instant (the on-time rate by kind)
    on_time      int         not null,
    primary key (day, process_type, node_key, department, kind, bucket)
);

-- The same per calendar month (month: its first day): a year reads 12 of these, not 365 days.
create table supervision_duration_monthly (
    month        date        not null,
    process_type varchar(64) not null,
    node_key     varchar(64) not null,
    department   varchar(64) not null,
    kind         varchar(64) not null,
    bucket       int         not null,
    count        int         not null,
    on_time      int         not null,
    primary key (month, process_type, node_key, department, kind, bucket)
);

-- The obligations done before this migration: completed nodes, completed or fulfilled other kinds.
insert into supervision_duration (day, process_type, node_key, department, kind, bucket, count, on_time)
select (closed_at at time zone '${calendar_zone}')::date, process_type, item_key,
       coalesce(responsible_department, '-'), kind,
       supervision_duration_bucket(extract(epoch from closed_at - started_at)), count(*),
       count(*) filter (where on_time)
from obligation
where status = 'CLOSED' and closed_at is not null
  and (closed_as = 'COMPLETED' or (closed_as = 'FULFILLED' and kind <> 'NODE'))
group by 1, 2, 3, 4, 5, 6;
insert into supervision_duration_monthly (month, process_type, node_key, department, kind, bucket, count, on_time)
select date_trunc('month', day)::date, process_type, node_key, department, kind, bucket, sum(count), sum(on_time)
from supervision_duration
group by 1, 2, 3, 4, 5, 6;

-- The percentiles no longer read closed obligations by closing instant.
drop index ix_obligation_closed_at;
