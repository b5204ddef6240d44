-- 分级标准明确: the grade follows from configured criteria (complaint.grading.criteria); kept with the
-- complaint are the criteria met, the amount involved, the grade they give and, when the classifier
-- graded otherwise, why. Complaints classified before have no criteria recorded (null).
alter table complaint add column grading_criteria jsonb;
alter table complaint add column derived_grade varchar(16);
alter table complaint add column grade_deviation_reason varchar(1000);
alter table complaint add column amount_involved numeric(14, 2);
-- Repeat complaints are found by the contact (ignoring case, spaces and dashes) within a period.
create index ix_complaint_contact_key on complaint (regexp_replace(lower(contact), '[[:space:]-]', '', 'g'), received_at);
