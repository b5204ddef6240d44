-- The calendar-dependent obligations of a complaint remember how their due instant was computed, so an
-- explicit recomputation (POST /api/v1/calendar/recomputations) after a calendar year was loaded finds
-- those computed with another calendar version and computes them again from the same start.
-- Rows from before keep null: they are not recomputed (their start was not recorded).
alter table complaint add column update_started_at timestamptz;
alter table complaint add column update_calendar_version varchar(256);
alter table complaint_review add column calendar_version varchar(256);

-- The recomputation reads the open ones only.
create index ix_complaint_update_open on complaint (update_calendar_version) where update_due_at is not null;
create index ix_complaint_review_open on complaint_review (calendar_version) where completed_at is null;
