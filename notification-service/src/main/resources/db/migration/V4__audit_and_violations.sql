-- Cases (process instances) as they end: the population of the monthly audit sample.
create table closed_case (
    instance_id     uuid        primary key,
    process_type    varchar(64) not null,
    business_number varchar(64),
    department      varchar(64),
    end_state       varchar(64),
    closed_at       timestamptz not null,
    month           varchar(7)  not null
);
create index ix_closed_case_month on closed_case (month, process_type);

-- The monthly sample, drawn once after the month ended, with the auditor's finding per case.
create table audit_sample (
    month           varchar(7)  not null,
    instance_id     uuid        not null,
    process_type    varchar(64) not null,
    business_number varchar(64),
    department      varchar(64),
    closed_at       timestamptz not null,
    drawn_at        timestamptz not null,
    verdict         varchar(16),
    category        varchar(32),
    note            varchar(2000),
    auditor         varchar(128),
    audited_at      timestamptz,
    primary key (month, instance_id)
);

-- The violation register: from automatic checks and from audit findings.
create table violation (
    id              uuid         primary key,
    instance_id     uuid         not null,
    process_type    varchar(64)  not null,
    business_number varchar(64),
    node_key        varchar(64),
    department      varchar(64),
    category        varchar(32)  not null,
    source          varchar(16)  not null,
    note            varchar(2000),
    occurred_at     timestamptz  not null,
    quarter         varchar(7)   not null,
    status          varchar(16)  not null,
    resolved_at     timestamptz,
    version         bigint       not null default 0
);
create index ix_violation_quarter on violation (quarter, department);
create index ix_violation_open on violation (occurred_at) where status = 'OPEN';
