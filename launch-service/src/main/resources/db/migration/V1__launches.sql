-- New business launches (新业务上线): table 1 and every later document of the launch; the process state
-- lives in process_instance / node_instance (db/core). The list filters read only this table's indexed columns.
-- Documents with an inner structure (review rounds, duties, metrics) are jsonb: they are read and written
-- whole with their launch and never queried on their own.

create table launch (
    id                         uuid primary key,
    number                     varchar(32)   not null unique,
    process_instance_id        uuid          not null references process_instance (id),
    -- table 1: 新业务需求申请表
    business_name              varchar(200)  not null,
    originating_department     varchar(64)   not null,
    originator_id              varchar(128)  not null,
    originator_name            varchar(128)  not null,
    applied_at                 timestamptz   not null,
    applied_on                 date          not null,
    application                jsonb         not null,
    submitted_at               timestamptz,
    -- feasibility analysis: contributions of technology and finance, the report and its conclusion
    feasibility_contributions  jsonb         not null default '[]'::jsonb,
    feasibility_report         jsonb,
    -- table 2, one entry per review round (rounds are kept), and product's revisions between rounds
    review_rounds              jsonb         not null default '[]'::jsonb,
    revisions                  jsonb         not null default '[]'::jsonb,
    -- development and testing
    development_limit          varchar(16),
    development_limit_reason   varchar(1000),
    test_report                jsonb,
    uat_confirmation           jsonb,
    -- launch preparation and release
    launch_plan                jsonb,
    duties                     jsonb         not null default '[]'::jsonb,
    launch_confirmation        jsonb,
    launched_at                timestamptz,
    -- effect evaluation
    evaluation                 jsonb,
    rejection_reason           varchar(2000),
    -- denormalised from the process for the list: status, active node and its due instant
    status                     varchar(16)   not null,
    current_node               varchar(64),
    current_due_at             timestamptz,
    ended_at                   timestamptz,
    version                    bigint        not null default 0
);
create index ix_launch_status_due on launch (status, current_due_at);
create index ix_launch_node on launch (current_node);
create index ix_launch_department on launch (originating_department);
create index ix_launch_applied_at on launch (applied_at);

-- One row per year: launch numbers SX2026-0001 restart each year. The number is taken in a short
-- transaction of its own, so applications never wait on this row for the whole of their transaction.
create table launch_year_counter (
    year  int primary key,
    last  int not null
);
