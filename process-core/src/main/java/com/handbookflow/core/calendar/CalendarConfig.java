package com.handbookflow.core.calendar;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The working-day calendar's configuration ({@code handbook.calendar.*}). The defaults are the
 * handbook's: China's 2026 schedule, Asia/Shanghai, working day from 09:00 to 18:00.
 */
@ConfigMapping(prefix = "handbook.calendar")
public interface CalendarConfig {

    /** The zone in which dates, the end of the working day and calendar days are read. */
    @WithDefault("Asia/Shanghai")
    ZoneId zone();

    /**
     * When the working day starts: quiet hours (notification-service) end here, so a reminder held
     * overnight reaches people as they start work.
     */
    @WithDefault("09:00")
    LocalTime startOfWorkingDay();

    /** When a working-day limit falls due on its last working day. */
    @WithDefault("18:00")
    LocalTime endOfWorkingDay();

    /** Calendar year files to load: classpath resources or file paths, one per year. */
    @WithDefault("calendar/2026.json")
    List<String> years();

    /** Company days off on top of the files, e.g. a company anniversary (ISO dates). */
    Optional<List<LocalDate>> extraHolidays();

    /** Company working days on top of the files, e.g. a working Saturday (ISO dates); they win over holidays. */
    Optional<List<LocalDate>> extraWorkingDays();

    /**
     * Appended to the calendar version, e.g. {@code acme-2026a} gives {@code CN-2026.1+acme-2026a}. When
     * extra days are configured without a suffix, a suffix derived from them is used, so stored
     * deadlines always show that the official calendar was changed.
     */
    Optional<String> versionSuffix();
}
