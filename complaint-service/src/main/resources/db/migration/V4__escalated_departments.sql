-- The departments whose heads were told of a complaint (a MAJOR grade, an EXTRA_URGENT intake, an
-- assignment to another department): a department head sees the complaints escalated to its
-- department, also before they are assigned to it.
create table complaint_escalated_department (
    complaint_id uuid        not null references complaint (id),
    department   varchar(64) not null,
    primary key (complaint_id, department)
);
create index complaint_escalated_department_by_department on complaint_escalated_department (department);
