-- Each distinct process definition an instance was started with (the file plus the company's overrides
-- at that time), so a later configuration change (a node removed, an outcome renamed) never breaks a
-- running instance: it walks the version it started with. id = SHA-256 of the canonical JSON.
create table process_definition_version (
    id            varchar(64)  primary key,
    process_type  varchar(64)  not null,
    definition    jsonb        not null,
    first_used_at timestamptz  not null
);

-- Null for instances started before versions were kept: they follow the current definition.
alter table process_instance add column definition_version varchar(64) references process_definition_version (id);
