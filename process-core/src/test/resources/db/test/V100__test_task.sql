-- A project-task-like table for the due-scan tests of the shared library (test database only).
create table test_task (
    id       uuid        primary key,
    name     varchar(64) not null,
    status   varchar(16) not null,
    deadline timestamptz not null,
    delayed_at timestamptz
);
create index ix_test_task_pending on test_task (deadline) where status in ('PENDING', 'IN_PROGRESS');
