-- OA systems that want notices: per department, or global (department null).
create table webhook_endpoint (
    id          uuid          primary key,
    department  varchar(64),
    url         varchar(1000) not null,
    secret      varchar(256)  not null,
    enabled     boolean       not null default true,
    created_at  timestamptz   not null
);
create index ix_webhook_endpoint_department on webhook_endpoint (department);

-- One delivery per endpoint and notice; sent, retried with backoff, or dead.
create table webhook_delivery (
    id              uuid          primary key,
    endpoint_id     uuid          not null references webhook_endpoint (id) on delete cascade,
    idempotency_key varchar(200)  not null,
    event_type      varchar(128)  not null,
    payload         text          not null,
    state           varchar(16)   not null,
    attempts        int           not null default 0,
    next_attempt_at timestamptz,
    last_status     int,
    last_error      varchar(1000),
    created_at      timestamptz   not null,
    delivered_at    timestamptz,
    version         bigint        not null default 0,
    constraint uq_webhook_delivery unique (endpoint_id, idempotency_key)
);
create index ix_webhook_delivery_pending on webhook_delivery (next_attempt_at) where state = 'PENDING';
create index ix_webhook_delivery_dead on webhook_delivery (created_at) where state = 'DEAD';
