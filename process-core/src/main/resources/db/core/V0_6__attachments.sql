-- Files attached to a business object (a launch's market research, a complaint's call recording).
-- The content lives in the service's own database, in chunks of bounded size: written and read a
-- chunk at a time, so neither an upload nor a download holds a whole file in memory, and deleting
-- an attachment is an ordinary transactional delete (no orphaned large objects to clean up).
create table attachment (
    id                     uuid primary key,
    owner_type             varchar(64)  not null,
    owner_id               varchar(64)  not null,
    slot                   varchar(64),
    file_name              varchar(255) not null,
    content_type           varchar(128) not null,
    size_bytes             bigint       not null,
    sha256                 varchar(64)  not null,
    uploaded_by_id         varchar(128) not null,
    uploaded_by_name       varchar(128),
    uploaded_by_department varchar(64),
    uploaded_at            timestamptz  not null
);
create index ix_attachment_owner on attachment (owner_type, owner_id, uploaded_at);

create table attachment_chunk (
    attachment_id uuid  not null references attachment (id) on delete cascade,
    seq           int   not null,
    data          bytea not null,
    primary key (attachment_id, seq)
);
