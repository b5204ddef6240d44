-- Cross-department projects (跨部门协作项目): the business data of the project forms, tables 5 and 6,
-- the weekly meetings and reports. The process state lives in process_instance / node_instance (db/core).

create table project (
    id                       uuid primary key,
    number                   varchar(32)   not null unique,
    process_instance_id      uuid          not null references process_instance (id),
    name                     varchar(200)  not null,
    initiating_department    varchar(64)   not null,
    -- every department taking part, the initiating one included, as ",marketing,design," so a list
    -- restricted to one department is a LIKE on one column
    department_codes         varchar(2000) not null,
    -- 《项目立项申请表》
    application              jsonb         not null,
    -- 《项目目标对齐会议纪要》 and each department's consent
    alignment                jsonb,
    consents                 jsonb         not null default '[]'::jsonb,
    -- 《项目组架构表》
    team                     jsonb,
    -- weekly meeting cadence: the occurrence owed and when
    meeting_seq              int           not null default 0,
    meeting_due_at           timestamptz,
    -- 《项目成果验收表》 countersignature, 《项目复盘报告》, ratings
    countersignature         jsonb,
    ratings                  jsonb         not null default '[]'::jsonb,
    retrospective            jsonb,
    created_at               timestamptz   not null,
    status                   varchar(16)   not null,
    current_node             varchar(64),
    current_due_at           timestamptz,
    version                  bigint        not null default 0
);
create index ix_project_status_due on project (status, current_due_at);
create index ix_project_node on project (current_node);
create index ix_project_initiating on project (initiating_department);

-- Table 5 《项目任务清单》: each task with its own lifecycle and finish-to-start predecessors.
create table project_task (
    id                       uuid primary key,
    project_id               uuid          not null references project (id),
    task_key                 varchar(16)   not null,
    seq                      int           not null,
    name                     varchar(200)  not null,
    department               varchar(64)   not null,
    person_id                varchar(128)  not null,
    person_name              varchar(128),
    deliverable_standard     varchar(2000) not null,
    start_date               date          not null,
    deadline                 date          not null,
    due_at                   timestamptz   not null,
    predecessors             jsonb         not null default '[]'::jsonb,
    status                   varchar(16)   not null,
    started_at               timestamptz,
    completed_at             timestamptz,
    delayed_at               timestamptz,
    round                    int           not null default 1,
    acceptance               jsonb,
    version                  bigint        not null default 0,
    unique (project_id, task_key)
);
create index ix_project_task_department_status on project_task (department, status);
-- the delay scan's claim: tasks not done, by deadline
create index ix_project_task_due on project_task (due_at) where status in ('PENDING', 'IN_PROGRESS');

-- Table 6 《风险预警及应对表》
create table project_risk (
    id                       uuid primary key,
    project_id               uuid          not null references project (id),
    seq                      int           not null,
    description              varchar(2000) not null,
    level                    varchar(16)   not null,
    impact                   varchar(2000) not null,
    department               varchar(64)   not null,
    measures                 varchar(2000) not null,
    warning_date             date          not null,
    resolve_by               date          not null,
    due_at                   timestamptz   not null,
    status                   varchar(16)   not null,
    raised_at                timestamptz   not null,
    raised_by                varchar(128),
    resolved_at              timestamptz,
    resolution               varchar(2000),
    version                  bigint        not null default 0,
    unique (project_id, seq)
);
create index ix_project_risk_department_status on project_risk (department, status);

-- Weekly meetings (周例会), each department's report, and the 《项目周报》 owed within 24 hours after it.
create table project_meeting (
    id                       uuid primary key,
    project_id               uuid          not null references project (id),
    seq                      int           not null,
    due_at                   timestamptz,
    held_at                  timestamptz   not null,
    reports                  jsonb         not null,
    decisions                varchar(4000),
    report_due_at            timestamptz   not null,
    weekly_report            jsonb,
    version                  bigint        not null default 0,
    unique (project_id, seq)
);
