package com.handbookflow.core.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.handbookflow.core.calendar.CalendarYear;
import com.handbookflow.core.calendar.NamedDay;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A year of the working-day calendar, published by an administrator on notification-service
 * ({@code PUT /api/v1/calendar/years/{year}}) on {@code notification.events}. Every service loads it:
 * deadlines computed afterwards carry {@link #version()} in their calendar version.
 *
 * @param version     e.g. {@code CN-2027.1}; a correction of the same year gets the next number
 * @param publishedBy the administrator's user id
 */
public record CalendarYearPublished(UUID eventId, Instant occurredAt, int year, String version, String source,
                                    List<NamedDay> holidays, List<NamedDay> makeUpWorkingDays, String publishedBy)
        implements ProcessEvent {

    public static final String PROCESS_TYPE = "calendar";

    /** The calendar data it carries; refuses a year that breaks the calendar's own rules. */
    public CalendarYear calendarYear() {
        return new CalendarYear(year, version, source, holidays, makeUpWorkingDays);
    }

    @Override
    @JsonIgnore
    public String processType() {
        return PROCESS_TYPE;
    }

    /** One key per year: the versions of a year stay in order on one partition. */
    @Override
    @JsonIgnore
    public UUID instanceId() {
        return UUID.nameUUIDFromBytes(("calendar-year/" + year).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String type() {
        return EventTypes.CALENDAR_YEAR_PUBLISHED;
    }

    @Override
    public String subject() {
        return "calendar/" + year + "/" + version;
    }
}
