-- Safe retries: the first response to a POST with an Idempotency-Key, per user and key.
create table idempotency_record (
    principal             varchar(128) not null,
    idempotency_key       varchar(255) not null,
    request_hash          varchar(64)  not null,
    state                 varchar(16)  not null,
    response_status       int,
    response_content_type varchar(128),
    response_body         text,
    created_at            timestamptz  not null,
    expires_at            timestamptz  not null,
    primary key (principal, idempotency_key)
);
create index ix_idempotency_record_expires on idempotency_record (expires_at);
