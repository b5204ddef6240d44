package com.handbookflow.core.time;

import com.handbookflow.core.domain.InvalidValueException;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Optional;

/**
 * The years a date of this product may have: 1900 to 9999. Java reads years far outside (year -1,
 * +999999999) that PostgreSQL, the calendar and people cannot use; every date that enters through
 * the API, in a body or a path, is checked here, so such a date is a 400 naming its field.
 */
public final class DateBounds {

    public static final int EARLIEST_YEAR = 1900;
    public static final int LATEST_YEAR = 9999;
    /** The bundle key of the refusal of a date outside the bounds; its arguments: {@link #outsideArguments}. */
    public static final String OUTSIDE = "date-bounds.outside";

    private DateBounds() {
    }

    /** The year of a date or time value, in UTC for instants; empty for other types. */
    public static Optional<Integer> yearOf(Object value) {
        try {
            if (value instanceof Instant instant) {
                return Optional.of(instant.atOffset(ZoneOffset.UTC).getYear());
            }
            if (value instanceof OffsetDateTime t) {
                return Optional.of(t.getYear());
            }
            if (value instanceof ZonedDateTime t) {
                return Optional.of(t.getYear());
            }
            if (value instanceof LocalDateTime t) {
                return Optional.of(t.getYear());
            }
            if (value instanceof LocalDate t) {
                return Optional.of(t.getYear());
            }
            if (value instanceof YearMonth t) {
                return Optional.of(t.getYear());
            }
        } catch (DateTimeException beyondEvenJava) {
            return Optional.of(Integer.MIN_VALUE);
        }
        return Optional.empty();
    }

    public static boolean within(Object value) {
        return yearOf(value).map(year -> year >= EARLIEST_YEAR && year <= LATEST_YEAR).orElse(true);
    }

    /** A month like {@code 2026-09} from a path or query parameter, within the bounds, else 400 naming {@code field}. */
    public static YearMonth month(String field, String text) {
        YearMonth month;
        try {
            month = YearMonth.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw InvalidValueException.of(DateBounds.class, field, "invalid-input.not-a-month", text);
        }
        return require(field, month);
    }

    /** The value, if its year is within the bounds; else 400 naming {@code field}. */
    public static <T extends TemporalAccessor> T require(String field, T value) {
        if (!within(value)) {
            throw InvalidValueException.of(DateBounds.class, field, OUTSIDE, outsideArguments(value));
        }
        return value;
    }

    /** The arguments of the {@link #OUTSIDE} text: the bounds and the refused value. */
    public static Object[] outsideArguments(Object value) {
        return new Object[]{EARLIEST_YEAR, LATEST_YEAR, value};
    }
}
