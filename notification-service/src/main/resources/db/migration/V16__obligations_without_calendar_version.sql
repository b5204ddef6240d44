-- The open rows from before the calendar version was kept are judged on the calendar as it is when the list of
-- deadlines on an assumed calendar is read (AssumedCalendarDeadlines.withoutCalendarVersion). Through
-- ix_obligation_assumed_calendar that lookup walked every open row on an assumed calendar to find the few without a
-- version; this index holds exactly those few, so the lookup costs nothing once they have closed.
create index ix_obligation_without_calendar_version on obligation (due_at)
    where status = 'OPEN' and calendar_version is null;
