-- 重大投诉涉及多个部门: the departments a handling plan names to cooperate see the complaint (without the
-- customer's personal data) and owe their part of the execution (work items of the EXECUTE node).
create table complaint_cooperating_department (
    complaint_id uuid        not null references complaint (id),
    department   varchar(64) not null,
    primary key (complaint_id, department)
);
create index complaint_cooperating_department_by_department on complaint_cooperating_department (department);
