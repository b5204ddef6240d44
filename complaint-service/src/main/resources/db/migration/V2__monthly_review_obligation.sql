-- The monthly review as an obligation: owed from the 1st of the next month, due by the 5th.
create table complaint_review (
    month        varchar(7)   primary key,
    opened_at    timestamptz  not null,
    due_at       timestamptz  not null,
    completed_at timestamptz,
    completed_by varchar(128),
    conclusion   varchar(4000)
);
