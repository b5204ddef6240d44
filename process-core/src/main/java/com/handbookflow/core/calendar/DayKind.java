package com.handbookflow.core.calendar;

/** What a date is in the working-day calendar. */
public enum DayKind {
    /** Monday to Friday, no holiday. */
    WORKING(true, "工作日"),
    /** Saturday or Sunday that is not a make-up working day. */
    WEEKEND(false, "周末"),
    /** A public holiday of the calendar file, or a company day off from configuration. */
    HOLIDAY(false, "节假日"),
    /** A weekend (or holiday) date turned into a working day (调休上班). */
    MAKE_UP_WORKING_DAY(true, "调休上班日");

    private final boolean working;
    private final String labelZh;

    DayKind(boolean working, String labelZh) {
        this.working = working;
        this.labelZh = labelZh;
    }

    public boolean isWorking() {
        return working;
    }

    public String labelZh() {
        return labelZh;
    }
}
