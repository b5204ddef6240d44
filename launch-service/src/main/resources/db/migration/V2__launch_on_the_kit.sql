-- The launch on process-core's kit (docs/scenario-kit.md):
-- 1. Launch numbers come from the shared business_number_counter (core V0_3), scope 'launch', one
--    period per year: the years already counted carry over, so no number of a year is handed out twice.
-- 2. The rows of table 2 and the launch-day duties become process-core's work items (core V0_4) of
--    PLAN_REVIEW (one round per review attempt) and RELEASE; review_rounds keeps each round's
--    conclusion and the leader's sign-off, the rows leave it; the duties column goes.

insert into business_number_counter (scope, period, last)
select 'launch', year::text, last from launch_year_counter
on conflict (scope, period) do update set last = greatest(business_number_counter.last, excluded.last);

drop table launch_year_counter;

-- Instants in the launch's jsonb were written by Jackson: ISO text or epoch seconds, read either way.
create function pg_temp.launch_instant(value jsonb) returns timestamptz language sql immutable as $$
    select case jsonb_typeof(value)
               when 'number' then to_timestamp((value #>> '{}')::numeric)
               when 'string' then (value #>> '{}')::timestamptz
           end
$$;

insert into work_item (id, process_instance_id, node_instance_id, node_key, round, item_key, seq, name_zh, name_en,
                       origin, responsible_department, responsible_person, started_at, due_at, limit_spec,
                       calendar_version, state, result, comment, signed_by_id, signed_by_name, completed_at, on_time)
select gen_random_uuid(), l.process_instance_id, n.id, 'PLAN_REVIEW', n.attempt, r.row ->> 'part', r.seq::int,
       case r.row ->> 'part'
           when 'BUSINESS_PLAN' then '方案评审：业务方案（目标合理性、市场匹配度）'
           when 'TECHNICAL_PLAN' then '方案评审：技术方案（可实现性、稳定性）'
           else '方案评审：资源预算（成本合理性、投入产出比）' end,
       case r.row ->> 'part'
           when 'BUSINESS_PLAN' then 'Plan review: business plan (goal soundness, market fit)'
           when 'TECHNICAL_PLAN' then 'Plan review: technical plan (feasibility, stability)'
           else 'Plan review: resource budget (cost soundness, return on investment)' end,
       'DEFINITION', r.row ->> 'department', null, n.started_at,
       coalesce(pg_temp.launch_instant(r.row -> 'dueAt'), n.due_at), n.limit_spec, n.calendar_version,
       r.row ->> 'state', r.row ->> 'opinion', r.row ->> 'comment', r.row ->> 'reviewerId', r.row ->> 'reviewerName',
       coalesce(pg_temp.launch_instant(r.row -> 'signedAt'),
                case when r.row ->> 'state' = 'CLOSED' then n.completed_at end),
       (r.row ->> 'onTime')::boolean
from launch l
cross join lateral jsonb_array_elements(l.review_rounds) round
cross join lateral jsonb_array_elements(round -> 'rows') with ordinality as r(row, seq)
join node_instance n on n.process_instance_id = l.process_instance_id and n.node_key = 'PLAN_REVIEW'
                    and n.attempt = (round ->> 'round')::int
on conflict do nothing;

insert into work_item (id, process_instance_id, node_instance_id, node_key, round, item_key, seq, name_zh, name_en,
                       origin, responsible_department, responsible_person, started_at, due_at, limit_spec,
                       calendar_version, state, result, comment, signed_by_id, signed_by_name, completed_at, on_time)
select gen_random_uuid(), l.process_instance_id, n.id, 'RELEASE', n.attempt, d.duty ->> 'duty', d.seq::int,
       case d.duty ->> 'duty'
           when 'DEPLOYMENT' then '上线准备：环境部署与数据准备'
           when 'PROMOTION' then '上线准备：推广物料准备'
           else '上线准备：客服话术培训' end,
       case d.duty ->> 'duty'
           when 'DEPLOYMENT' then 'Launch preparation: environment deployment and data preparation'
           when 'PROMOTION' then 'Launch preparation: promotion materials'
           else 'Launch preparation: customer service script training' end,
       'DEFINITION', d.duty ->> 'department', null, n.started_at,
       coalesce(pg_temp.launch_instant(d.duty -> 'dueAt'), n.due_at), n.limit_spec, n.calendar_version,
       d.duty ->> 'state', null, d.duty ->> 'note', d.duty ->> 'doneById', d.duty ->> 'doneByName',
       pg_temp.launch_instant(d.duty -> 'doneAt'), (d.duty ->> 'onTime')::boolean
from launch l
cross join lateral jsonb_array_elements(l.duties) with ordinality as d(duty, seq)
join lateral (select * from node_instance ni where ni.process_instance_id = l.process_instance_id
              and ni.node_key = 'RELEASE' order by ni.attempt desc limit 1) n on true
on conflict do nothing;

update launch set review_rounds = (select coalesce(jsonb_agg(round - 'rows' order by ord), '[]'::jsonb)
                                   from jsonb_array_elements(review_rounds) with ordinality as x(round, ord));

alter table launch drop column duties;
