-- The monthly draw runs on schedule (first working day of the month, for the month before) and is
-- stable: a case belongs to exactly one draw. drawn_in names the draw whose population took it; a
-- case consumed after its month's draw has none yet and enters the next draw rather than being lost.
alter table closed_case add column drawn_in varchar(7);
create index ix_closed_case_undrawn on closed_case (month) where drawn_in is null;

-- One row per draw, also for a month that closed nothing (so the draw is not repeated).
create table audit_draw (
    month       varchar(7)  primary key,
    drawn_at    timestamptz not null,
    population  integer     not null,
    sampled     integer     not null
);

-- Samples drawn before this migration (drawn on first read) count as draws of their month.
insert into audit_draw (month, drawn_at, population, sampled)
select s.month, min(s.drawn_at),
       (select count(*) from closed_case c where c.month = s.month), count(*)
from audit_sample s group by s.month;
update closed_case c set drawn_in = c.month where exists (select 1 from audit_draw d where d.month = c.month);

-- The department a finding counts against (the auditor names it; by default the closing node's department).
alter table audit_sample add column causing_department varchar(64);
