package com.handbookflow.core.calendar;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.handbookflow.core.calendar.CalendarFixtures.date;
import static com.handbookflow.core.calendar.CalendarFixtures.endOfWorkingDay;
import static com.handbookflow.core.calendar.CalendarFixtures.shanghai;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The handbook.calendar.* keys, read by SmallRye Config as a service reads them. */
class CalendarConfigTest {

    @Test
    void without_configuration_the_calendar_is_chinas_2026_in_shanghai_ending_at_six_pm() {
        CalendarConfig config = configure(Map.of());

        assertEquals(ZoneId.of("Asia/Shanghai"), config.zone());
        assertEquals(LocalTime.of(18, 0), config.endOfWorkingDay());
        assertEquals(List.of("calendar/2026.json"), config.years());
        assertEquals(Optional.empty(), config.extraHolidays());

        WorkingDayCalendar calendar = new WorkingDayCalendar(config);
        assertEquals("CN-2026.1", calendar.version());
        assertEquals(endOfWorkingDay("2026-10-10"),
                calendar.deadline(shanghai("2026-09-30T09:00"), LimitSpec.parse("P3WD")).dueAt());
    }

    @Test
    void every_key_can_be_set() {
        CalendarConfig config = configure(Map.of(
                "handbook.calendar.zone", "Asia/Hong_Kong",
                "handbook.calendar.end-of-working-day", "17:30",
                "handbook.calendar.years", "calendar/2026.json",
                "handbook.calendar.extra-holidays", "2026-03-06,2026-03-13",
                "handbook.calendar.extra-working-days", "2026-03-07",
                "handbook.calendar.version-suffix", "acme-2026a"));

        WorkingDayCalendar calendar = new WorkingDayCalendar(config);

        assertEquals(ZoneId.of("Asia/Hong_Kong"), calendar.zone());
        assertEquals(LocalTime.of(17, 30), calendar.endOfWorkingDayTime());
        assertFalse(calendar.isWorkingDay(date("2026-03-13")));
        assertTrue(calendar.isWorkingDay(date("2026-03-07")));
        assertEquals("CN-2026.1+acme-2026a", calendar.version());
    }

    private static CalendarConfig configure(Map<String, String> properties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withMapping(CalendarConfig.class)
                .withSources(new PropertiesConfigSource(properties, "test", 500))
                .build();
        return config.getConfigMapping(CalendarConfig.class);
    }
}
