-- Supervision facts per day, scenario, node and department, maintained as nodes close:
-- a metrics request sums the days of its period, never the history of nodes.
create table supervision_daily (
    day                      date        not null,
    process_type             varchar(64) not null,
    node_key                 varchar(64) not null,
    department               varchar(64) not null,
    completed                int         not null default 0,
    on_time                  int         not null default 0,
    late                     int         not null default 0,
    returned                 int         not null default 0,
    skipped                  int         not null default 0,
    with_required_outputs    int         not null default 0,
    outputs_complete         int         not null default 0,
    satisfaction_count       int         not null default 0,
    satisfaction_points      bigint      not null default 0,
    dept_satisfaction_count  int         not null default 0,
    dept_satisfaction_points bigint      not null default 0,
    primary key (day, process_type, node_key, department)
);

-- Duration percentiles read closed nodes of the period only.
create index ix_obligation_closed_at on obligation (closed_at) where status = 'CLOSED';
