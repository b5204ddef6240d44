package com.handbookflow.core.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/** China's shipped 2026 calendar, read from the real data file, and Shanghai times written as text. */
public final class CalendarFixtures {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    public static final LocalTime SIX_PM = LocalTime.of(18, 0);
    public static final CalendarYear CHINA_2026 = CalendarYearLoader.load("calendar/2026.json");

    private CalendarFixtures() {
    }

    public static CalendarSettings china2026() {
        return CalendarSettings.of(SHANGHAI, SIX_PM, List.of(CHINA_2026));
    }

    public static WorkingDayCalendar calendar() {
        return new WorkingDayCalendar(china2026());
    }

    /** {@code "2026-09-30T09:00"} in Asia/Shanghai. */
    public static Instant shanghai(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    /** 18:00 Asia/Shanghai on the date. */
    public static Instant endOfWorkingDay(String date) {
        return shanghai(date + "T18:00");
    }

    public static LocalDate date(String isoDate) {
        return LocalDate.parse(isoDate);
    }

    public static List<LocalDate> dates(String... isoDates) {
        return java.util.Arrays.stream(isoDates).map(LocalDate::parse).toList();
    }

    public static DeadlineComputation deadline(String shanghaiStart, String limit) {
        return calendar().deadline(shanghai(shanghaiStart), LimitSpec.parse(limit));
    }
}
