-- Complaints (客户投诉): the business data of table 3 and table 4; the process state lives in
-- process_instance / node_instance (db/core). The list filters read only this table's indexed columns.

create table complaint (
    id                       uuid primary key,
    number                   varchar(32)   not null unique,
    process_instance_id      uuid          not null references process_instance (id),
    -- table 3: registration form
    received_at              timestamptz   not null,
    complainant              varchar(100)  not null,
    contact                  varchar(100)  not null,
    channel                  varchar(16)   not null,
    problem_type             varchar(32)   not null,
    problem_type_other       varchar(200),
    description              varchar(4000) not null,
    demand                   varchar(16)   not null,
    demand_other             varchar(200),
    urgency                  varchar(16)   not null,
    registered_at            timestamptz,
    -- first-contact responsibility: who took it first stays the customer's contact
    contact_person_id        varchar(128),
    contact_person_name      varchar(128),
    acknowledged_at          timestamptz,
    -- classification and grading
    grade                    varchar(16),
    grade_reason             varchar(1000),
    -- assignment
    routed_department        varchar(64),
    department               varchar(64),
    routing_override_reason  varchar(1000),
    -- handling plan(s), execution
    plans                    jsonb         not null default '[]'::jsonb,
    execution_result         varchar(4000),
    executed_at              timestamptz,
    rehandle_count           int           not null default 0,
    satisfaction             varchar(32),
    -- recurring customer update obligation
    update_seq               int           not null default 0,
    update_due_at            timestamptz,
    -- closure
    root_cause_category      varchar(64),
    root_cause_detail        varchar(200),
    root_cause_description   varchar(4000),
    closed_at                timestamptz,
    -- denormalised from the process for the list: status, active node and its due instant
    status                   varchar(16)   not null,
    current_node             varchar(64),
    current_due_at           timestamptz,
    version                  bigint        not null default 0
);
create index ix_complaint_status_due on complaint (status, current_due_at);
create index ix_complaint_node on complaint (current_node);
create index ix_complaint_grade on complaint (grade);
create index ix_complaint_urgency on complaint (urgency);
create index ix_complaint_department on complaint (department);
create index ix_complaint_received_at on complaint (received_at);
create index ix_complaint_closed_at on complaint (closed_at);

-- One row per day: the registering transaction takes the next number with an upsert.
create table complaint_day_counter (
    day  date primary key,
    last int  not null
);

-- Table 4, satisfaction follow-up: one row per confirmation; a re-handled complaint has several, all counted.
create table customer_confirmation (
    id            uuid primary key,
    complaint_id  uuid          not null references complaint (id),
    attempt       int           not null,
    result        varchar(4000) not null,
    visit_date    date          not null,
    visitor       varchar(100)  not null,
    satisfaction  varchar(32)   not null,
    comments      varchar(4000),
    suggestions   varchar(4000),
    confirmed_at  timestamptz   not null,
    rehandle      boolean       not null,
    constraint uq_confirmation_attempt unique (complaint_id, attempt)
);
create index ix_confirmation_confirmed_at on customer_confirmation (confirmed_at);

create table progress_update (
    id            uuid primary key,
    complaint_id  uuid          not null references complaint (id),
    seq           int           not null,
    recorded_at   timestamptz   not null,
    channel       varchar(16)   not null,
    content       varchar(2000) not null,
    actor_id      varchar(128)  not null,
    actor_name    varchar(128),
    due_at        timestamptz,
    on_time       boolean,
    constraint uq_progress_update_seq unique (complaint_id, seq)
);

create table improvement_measure (
    id                uuid primary key,
    complaint_id      uuid          not null references complaint (id),
    seq               int           not null,
    description       varchar(2000) not null,
    owner_department  varchar(64)   not null,
    deadline          date          not null,
    due_at            timestamptz   not null,
    state             varchar(16)   not null,
    completed_at      timestamptz,
    on_time           boolean,
    created_at        timestamptz   not null,
    constraint uq_improvement_measure_seq unique (complaint_id, seq)
);
create index ix_improvement_measure_created_at on improvement_measure (created_at);
