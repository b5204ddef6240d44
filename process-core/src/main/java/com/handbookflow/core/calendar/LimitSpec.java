package com.handbookflow.core.calendar;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.handbookflow.core.domain.InvalidValueException;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time limit as the handbook states it, in one of three clocks:
 * <ul>
 *   <li>{@code PT10M}, {@code PT24H}, {@code PT1H30M}: wall-clock time ({@link Duration} syntax);</li>
 *   <li>{@code P2D}: calendar days, the same local time N days later;</li>
 *   <li>{@code P3WD}: working days, the end of the working day of the N-th working day after the start's date.</li>
 * </ul>
 * The spec is stored as its canonical string ({@code PT90M} becomes {@code PT1H30M}), next to the
 * computed instant and the calendar version.
 */
public final class LimitSpec {

    /** Which clock the limit counts in. */
    public enum Kind {
        /** Hours and minutes of elapsed time; weekends and holidays do not matter. */
        WALL_CLOCK,
        /** Calendar days: the same local time N days later. */
        CALENDAR_DAYS,
        /** Working days of the calendar: due at the end of the N-th working day after the start's date. */
        WORKING_DAYS
    }

    // Sanity bounds: a limit beyond a year is a typo, not a business rule.
    public static final Duration MAX_WALL_CLOCK = Duration.ofDays(366);
    public static final int MAX_CALENDAR_DAYS = 366;
    public static final int MAX_WORKING_DAYS = 260;

    private static final Pattern DAYS = Pattern.compile("P(\\d+)(W?)D");
    private static final int MAX_DIGITS = 6;

    private final Kind kind;
    private final Duration wallClock;
    private final int days;
    private final String spec;

    private LimitSpec(Kind kind, Duration wallClock, int days, String spec) {
        this.kind = kind;
        this.wallClock = wallClock;
        this.days = days;
        this.spec = spec;
    }

    /**
     * Reads a spec such as {@code PT10M}, {@code PT24H}, {@code P2D} or {@code P3WD} (case and
     * surrounding blanks do not matter).
     *
     * @throws InvalidValueException (field {@code limit}) for unknown syntax, zero, negative or absurdly large limits
     */
    @JsonCreator
    public static LimitSpec parse(String text) {
        if (text == null || text.isBlank()) {
            throw invalid("invalid-input.limit-required");
        }
        String normalized = text.strip().toUpperCase(Locale.ROOT);
        if (normalized.contains("-")) {
            throw notPositive(text.strip());
        }
        Matcher days = DAYS.matcher(normalized);
        if (days.matches()) {
            Kind kind = days.group(2).isEmpty() ? Kind.CALENDAR_DAYS : Kind.WORKING_DAYS;
            String digits = days.group(1);
            if (digits.length() > MAX_DIGITS) {
                throw tooManyDays(kind, text.strip());
            }
            return ofDays(kind, Integer.parseInt(digits));
        }
        if (normalized.startsWith("PT")) {
            try {
                return ofWallClock(Duration.parse(normalized));
            } catch (DateTimeParseException | ArithmeticException e) {
                throw unknown(text.strip());
            }
        }
        throw unknown(text.strip());
    }

    /** A stored limit read back; null when none was stored (a fixed deadline). */
    public static LimitSpec parseNullable(String text) {
        return text == null ? null : parse(text);
    }

    public static LimitSpec ofWallClock(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        String spec = duration.toString();
        if (duration.isNegative() || duration.isZero()) {
            throw notPositive(spec);
        }
        if (duration.compareTo(MAX_WALL_CLOCK) > 0) {
            throw invalid("invalid-input.limit-too-large.wall-clock", shown(spec), MAX_WALL_CLOCK.toDays(), MAX_WALL_CLOCK);
        }
        return new LimitSpec(Kind.WALL_CLOCK, duration, 0, spec);
    }

    public static LimitSpec ofCalendarDays(int days) {
        return ofDays(Kind.CALENDAR_DAYS, days);
    }

    public static LimitSpec ofWorkingDays(int days) {
        return ofDays(Kind.WORKING_DAYS, days);
    }

    public Kind kind() {
        return kind;
    }

    /** The elapsed time of a {@link Kind#WALL_CLOCK} limit. */
    public Duration wallClock() {
        if (kind != Kind.WALL_CLOCK) {
            throw new IllegalStateException(spec + " is not a wall-clock limit");
        }
        return wallClock;
    }

    /** The number of calendar or working days of a day-counting limit. */
    public int days() {
        if (kind == Kind.WALL_CLOCK) {
            throw new IllegalStateException(spec + " does not count days");
        }
        return days;
    }

    /** The canonical spec string, e.g. {@code P3WD}. */
    @JsonValue
    public String spec() {
        return spec;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LimitSpec that && spec.equals(that.spec);
    }

    @Override
    public int hashCode() {
        return spec.hashCode();
    }

    @Override
    public String toString() {
        return spec;
    }

    private static InvalidValueException unknown(String text) {
        return invalid("invalid-input.limit-unknown", shown(text));
    }

    private static InvalidValueException notPositive(String spec) {
        return invalid("invalid-input.limit-not-positive", shown(spec));
    }

    private static LimitSpec ofDays(Kind kind, int days) {
        String spec = "P" + days + (kind == Kind.WORKING_DAYS ? "WD" : "D");
        if (days <= 0) {
            throw notPositive(spec);
        }
        if (days > (kind == Kind.WORKING_DAYS ? MAX_WORKING_DAYS : MAX_CALENDAR_DAYS)) {
            throw tooManyDays(kind, spec);
        }
        return new LimitSpec(kind, null, days, spec);
    }

    private static InvalidValueException tooManyDays(Kind kind, String spec) {
        return kind == Kind.WORKING_DAYS
                ? invalid("invalid-input.limit-too-large.working-days", shown(spec), MAX_WORKING_DAYS)
                : invalid("invalid-input.limit-too-large.calendar-days", shown(spec), MAX_CALENDAR_DAYS);
    }

    /** Echoes the caller's text, but never a whole page of it. */
    private static String shown(String text) {
        return text.length() > 24 ? text.substring(0, 24) + "..." : text;
    }

    private static InvalidValueException invalid(String key, Object... arguments) {
        return InvalidValueException.of(LimitSpec.class, "limit", key, arguments);
    }
}
