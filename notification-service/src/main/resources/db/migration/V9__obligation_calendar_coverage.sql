-- Whether an open deadline knew the holidays of the years it spans, judged when it was scheduled (a stored
-- calendar version covers the same years forever), so supervision lists the ASSUMED_WEEKDAYS ones with an
-- index instead of judging every open row. Rows from before are judged once at start (AssumedCalendarDeadlines);
-- rows without a calendar version are judged on the calendar as it is at reading time.
alter table obligation add column calendar_coverage varchar(16);
create index ix_obligation_assumed_calendar on obligation (due_at)
    where status = 'OPEN' and (calendar_coverage = 'ASSUMED_WEEKDAYS' or calendar_version is null);
