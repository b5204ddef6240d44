-- The cause analysis and improvement measures are written by the responsible department
-- (责任部门分析原因、提出改进措施) before customer service archives the complaint.
alter table complaint add column cause_analysed_at timestamptz;
alter table complaint add column cause_analysed_by_id varchar(128);
alter table complaint add column cause_analysed_by_name varchar(128);
alter table complaint add column cause_analysed_by_department varchar(64);
-- Complaints closed before: their analysis was written at closure.
update complaint set cause_analysed_at = closed_at where closed_at is not null;
