-- Work items inside a node activation: review rows, departments' duties. A node reached again
-- through a back-edge opens a new round (its attempt); the earlier rounds stay with their results.
create table work_item (
    id                     uuid         primary key,
    -- Deferred: an item is persisted right after its node activation, which Hibernate may insert later in the flush.
    process_instance_id    uuid         not null references process_instance (id) deferrable initially deferred,
    node_instance_id       uuid         not null references node_instance (id) deferrable initially deferred,
    node_key               varchar(64)  not null,
    round                  int          not null,
    item_key               varchar(64)  not null,
    seq                    int          not null,
    name_zh                varchar(200) not null,
    name_en                varchar(200) not null,
    origin                 varchar(16)  not null,
    responsible_department varchar(64),
    responsible_person     varchar(128),
    started_at             timestamptz  not null,
    due_at                 timestamptz  not null,
    limit_spec             varchar(32)  not null,
    calendar_version       varchar(64)  not null,
    state                  varchar(16)  not null,
    result                 varchar(16),
    comment                varchar(2000),
    signed_by_id           varchar(128),
    signed_by_name         varchar(128),
    completed_at           timestamptz,
    on_time                boolean,
    version                bigint       not null default 0,
    constraint uq_work_item_round unique (process_instance_id, node_key, round, item_key)
);
create index ix_work_item_node on work_item (node_instance_id);
-- "what is open for my department" lists read only open rows.
create index ix_work_item_open on work_item (responsible_department, due_at) where state = 'OPEN';
