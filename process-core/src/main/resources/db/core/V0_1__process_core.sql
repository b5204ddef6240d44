-- Tables of the shared process core, created in every service's database.

create table process_instance (
    id              uuid primary key,
    process_type    varchar(64)  not null,
    business_number varchar(64)  not null,
    status          varchar(16)  not null,
    end_state       varchar(64),
    started_at      timestamptz  not null,
    ended_at        timestamptz,
    changed_at      timestamptz  not null,
    attributes      jsonb        not null default '{}'::jsonb,
    version         bigint       not null default 0,
    constraint uq_process_instance_number unique (process_type, business_number)
);

create table node_instance (
    id                     uuid primary key,
    process_instance_id    uuid         not null references process_instance (id),
    seq                    int          not null,
    node_key               varchar(64)  not null,
    attempt                int          not null,
    state                  varchar(16)  not null,
    responsible_department varchar(64),
    responsible_person     varchar(128),
    started_at             timestamptz  not null,
    due_at                 timestamptz  not null,
    limit_spec             varchar(32)  not null,
    calendar_version       varchar(64)  not null,
    completed_at           timestamptz,
    on_time                boolean,
    outcome                varchar(64),
    outputs                jsonb        not null default '[]'::jsonb,
    actor_id               varchar(128),
    actor_name             varchar(128),
    comment                varchar(2000),
    constraint uq_node_instance_seq unique (process_instance_id, seq)
);
-- "what is active / overdue now" lists read only active rows, by due instant.
create index ix_node_instance_active_due on node_instance (due_at) where state = 'ACTIVE';
create index ix_node_instance_department on node_instance (responsible_department, state);

create table outbox_event (
    seq            bigint generated always as identity primary key,
    event_id       uuid         not null unique,
    topic          varchar(128) not null,
    aggregate_type varchar(64)  not null,
    aggregate_id   varchar(64)  not null,
    event_type     varchar(128) not null,
    subject        varchar(256),
    occurred_at    timestamptz  not null,
    payload        jsonb        not null,
    sent_at        timestamptz
);
-- The relay reads only unsent rows, in order: the index stays as small as the backlog.
create index ix_outbox_event_unsent on outbox_event (seq) where sent_at is null;
create index ix_outbox_event_sent_at on outbox_event (sent_at) where sent_at is not null;

create table processed_event (
    consumer     varchar(64)  not null,
    event_id     varchar(64)  not null,
    processed_at timestamptz  not null,
    primary key (consumer, event_id)
);
create index ix_processed_event_at on processed_event (processed_at);
