package com.handbookflow.core.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A deadline and how it was reached, so a person can check it: the working days counted, the days
 * skipped and why, and the make-up working days (调休上班) that counted although they fall on a weekend.
 *
 * @param limit              the canonical limit spec, e.g. {@code P3WD}
 * @param calendarVersion    the calendar data the computation used; stored with the deadline
 * @param workingDaysCounted how many working days were counted (0 for wall-clock and calendar-day limits)
 * @param workingDays        the counted working dates, in order
 * @param skippedDays        weekend and holiday dates passed over (kind {@link DayKind#WEEKEND} or {@link DayKind#HOLIDAY})
 * @param makeUpWorkingDays  counted dates that are make-up working days; they are not skipped
 * @param warnings           English and Chinese, e.g. when a date lies in a year without calendar data
 */
public record DeadlineComputation(Instant dueAt, String limit, String calendarVersion, int workingDaysCounted,
                                  List<LocalDate> workingDays, List<CalendarDay> skippedDays,
                                  List<CalendarDay> makeUpWorkingDays, List<String> warnings) {

    public DeadlineComputation {
        workingDays = List.copyOf(workingDays);
        skippedDays = List.copyOf(skippedDays);
        makeUpWorkingDays = List.copyOf(makeUpWorkingDays);
        warnings = List.copyOf(warnings);
    }
}
