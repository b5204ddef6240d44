-- A department's rating (0-100) of another after a collaboration: a source of department satisfaction
-- (部门满意度 >= 90) beside the ratings a project's retrospective publishes. One rating per rater,
-- rated department and case.
create table department_rating (
    id               uuid         primary key,
    rater_department varchar(64)  not null,
    rated_department varchar(64)  not null,
    score            integer      not null check (score between 0 and 100),
    process_type     varchar(64)  not null,
    business_number  varchar(64),
    comment          varchar(2000),
    rated_by         varchar(128) not null,
    rated_at         timestamptz  not null
);
create unique index uq_department_rating_case on department_rating (rater_department, rated_department, process_type, business_number)
    where business_number is not null;
create index ix_department_rating_rated on department_rating (rated_department, rated_at);
