-- Departments: who heads each one, who is the leader in charge, where to reach it.
create table department (
    code             varchar(64)  primary key,
    name_zh          varchar(64)  not null,
    name_en          varchar(128) not null,
    head             varchar(128),
    leader_in_charge varchar(128),
    email            varchar(256),
    phone            varchar(64),
    changed_at       timestamptz  not null default now()
);

insert into department (code, name_zh, name_en) values
    ('marketing', '市场部', 'Marketing'),
    ('product', '产品部', 'Product'),
    ('technology', '技术部', 'Technology'),
    ('finance', '财务部', 'Finance'),
    ('operations', '运营部', 'Operations'),
    ('customer-service', '客服部', 'Customer service'),
    ('logistics', '物流部', 'Logistics'),
    ('after-sales', '售后部', 'After-sales'),
    ('design', '设计部', 'Design'),
    ('strategy', '战略部', 'Strategy'),
    ('operations-management', '运营管理部', 'Operations management'),
    ('quality', '质量部', 'Quality');

-- One row per occurrence of an obligation: a node attempt, or one cycle of a recurring duty.
create table obligation (
    id                     uuid         primary key,
    source_key             varchar(200) not null,
    cycle                  int          not null,
    kind                   varchar(64)  not null,
    process_type           varchar(64)  not null,
    instance_id            uuid         not null,
    business_number        varchar(64),
    item_key               varchar(64)  not null,
    name_zh                varchar(200),
    name_en                varchar(200),
    responsible_department varchar(64),
    responsible_person     varchar(128),
    started_at             timestamptz  not null,
    due_at                 timestamptz  not null,
    limit_spec             varchar(32),
    status                 varchar(16)  not null,
    schedule_version       int          not null default 1,
    warned                 boolean      not null default false,
    overdue_noticed        boolean      not null default false,
    repeats_sent           int          not null default 0,
    escalation_level       int          not null default 0,
    next_action_at         timestamptz,
    closed_at              timestamptz,
    closed_as              varchar(16),
    on_time                boolean,
    version                bigint       not null default 0,
    constraint uq_obligation_cycle unique (source_key, cycle)
);
-- At most one open occurrence per obligation.
create unique index uq_obligation_open on obligation (source_key) where status = 'OPEN';
-- The scheduler's scan: only open rows, by next action time.
create index ix_obligation_next_action on obligation (next_action_at) where status = 'OPEN';
-- The "what is due" view: open rows by due instant.
create index ix_obligation_open_due on obligation (due_at) where status = 'OPEN';
create index ix_obligation_instance on obligation (instance_id);

-- What was told to whom; the idempotency key makes every notice happen once.
create table notification (
    id                  uuid         primary key,
    idempotency_key     varchar(200) not null unique,
    kind                varchar(32)  not null,
    level               varchar(32)  not null,
    obligation_id       uuid,
    process_type        varchar(64)  not null,
    instance_id         uuid         not null,
    business_number     varchar(64),
    item_key            varchar(64),
    recipient_person    varchar(128),
    recipient_department varchar(64),
    title_zh            varchar(300) not null,
    title_en            varchar(300) not null,
    due_at              timestamptz,
    created_at          timestamptz  not null,
    read_at             timestamptz
);
create index ix_notification_person on notification (recipient_person, created_at desc);
create index ix_notification_department on notification (recipient_department, created_at desc);
