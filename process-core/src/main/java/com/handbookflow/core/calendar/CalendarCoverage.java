package com.handbookflow.core.calendar;

import com.handbookflow.core.label.Labeled;

/**
 * Whether a deadline knew the holidays of the days it spans. Shown next to every due instant, so a
 * deadline that runs into a year whose schedule was not yet published (the State Council publishes
 * it each November) says so instead of silently ignoring that year's holidays.
 */
public enum CalendarCoverage implements Labeled {
    /** The calendar version it was computed with has the holidays of every year it spans. */
    COVERED("日历数据已覆盖", "Calendar data covers it"),
    /** It runs into a year without calendar data: there only Saturdays and Sundays were taken as days off. */
    ASSUMED_WEEKDAYS("按周一至周五推定（该年日历未加载）", "Weekdays assumed (that year's calendar is not loaded)"),
    /** A wall-clock or calendar-day limit: holidays do not move it. */
    NOT_NEEDED("不依赖工作日历", "Does not depend on the working-day calendar");

    private final String zh;
    private final String en;

    CalendarCoverage(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    @Override
    public String zh() {
        return zh;
    }

    @Override
    public String en() {
        return en;
    }
}
