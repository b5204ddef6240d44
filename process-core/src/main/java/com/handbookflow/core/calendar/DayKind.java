package com.handbookflow.core.calendar;

import com.handbookflow.core.label.Labeled;

/** What a date is in the working-day calendar; its labels are in the kit's bundle. */
public enum DayKind implements Labeled {
    /** Monday to Friday, no holiday. */
    WORKING(true),
    /** Saturday or Sunday that is not a make-up working day. */
    WEEKEND(false),
    /** A public holiday of the calendar file, or a company day off from configuration. */
    HOLIDAY(false),
    /** A weekend (or holiday) date turned into a working day (调休上班). */
    MAKE_UP_WORKING_DAY(true);

    private final boolean working;

    DayKind(boolean working) {
        this.working = working;
    }

    public boolean isWorking() {
        return working;
    }
}
