package com.handbookflow.notification.calendar;

import com.handbookflow.core.calendar.CalendarCoverage;
import com.handbookflow.core.calendar.WorkingDayCalendar;
import com.handbookflow.notification.deadline.Obligation;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Whether an obligation's due instant knew the holidays of the years it spans, judged on the calendar
 * version the scenario computed it with. A row from before the version was kept is judged on the
 * calendar as it is now: the best knowledge there is.
 */
@ApplicationScoped
public class DeadlineCoverage {

    private final WorkingDayCalendar calendar;

    DeadlineCoverage(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    public CalendarCoverage of(Obligation o) {
        return calendar.coverage(o.startedAt(), o.dueAt(), o.limitSpec(),
                o.calendarVersion() != null ? o.calendarVersion() : calendar.version());
    }
}
