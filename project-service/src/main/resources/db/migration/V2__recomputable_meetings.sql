-- The weekly meeting owed remembers from when its day was found and with which calendar version (a day
-- off moves it to the next working day), so an explicit recomputation (POST /api/v1/calendar/recomputations)
-- after a calendar year was loaded finds it and finds its day again. Rows from before keep null: not recomputed.
alter table project add column meeting_started_at timestamptz;
alter table project add column meeting_calendar_version varchar(256);

create index ix_project_meeting_open on project (meeting_calendar_version) where meeting_due_at is not null;
