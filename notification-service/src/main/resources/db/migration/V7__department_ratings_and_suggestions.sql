-- A department's rating (0-100) of another after a collaboration: a source of department satisfaction
-- (部门满意度 >= 90) beside the ratings a project's retrospective publishes. One rating per rater,
-- rated department and case.
create table department_rating (
    id               uuid         primary key,
    rater_department varchar(64)  not null,
    rated_department varchar(64)  not null,
    score            integer      not null check (score between 0 and 100),
    process_type     varchar(64)  not null,
    business_number  varchar(64),
    comment          varchar(2000),
    rated_by         varchar(128) not null,
    rated_at         timestamptz  not null
);
create unique index uq_department_rating_case on department_rating (rater_department, rated_department, process_type, business_number)
    where business_number is not null;
create index ix_department_rating_rated on department_rating (rated_department, rated_at);

-- 《流程优化建议表》: suggestions recorded at the quarterly process review, each with an owner
-- department and a due date, each tracked as an obligation (kind PROCESS_SUGGESTION) and reminded like others.
create table process_suggestion (
    id               uuid          primary key,
    quarter          varchar(7)    not null,
    process_type     varchar(64)   not null,
    node_key         varchar(64),
    suggestion       varchar(2000) not null,
    owner_department varchar(64)   not null,
    owner_person     varchar(128),
    due_date         date          not null,
    status           varchar(16)   not null,
    recorded_by      varchar(128)  not null,
    recorded_at      timestamptz   not null,
    done_at          timestamptz
);
create index ix_process_suggestion_quarter on process_suggestion (quarter, process_type, node_key);
