package com.handbookflow.core.calendar;

import com.handbookflow.core.label.Texts;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The working-day calendar: weekends (Saturday, Sunday) off, public holidays off, make-up working
 * days (调休上班) on, plus the company's own extra days from configuration.
 * <p>
 * Built once (at startup in a service, so a broken calendar file stops the service rather than a
 * deadline), it holds the special dates in a hash map: every question costs the days it spans,
 * never the size of the data.
 */
@Startup
@ApplicationScoped
public class WorkingDayCalendar {

    private static final Texts TEXTS = Texts.of(WorkingDayCalendar.class);
    private static final String COMPANY_DAY_OFF = "calendar.company-day-off";
    private static final String COMPANY_WORKING_DAY = "calendar.company-working-day";

    private final ZoneId zone;
    private final LocalTime endOfWorkingDay;
    /**
     * Everything a year loaded at run time changes, swapped as one value: a deadline computed while a
     * year is loaded sees either the old calendar or the new one, never half of each.
     */
    private volatile Data data;
    /** Every year version this calendar has known (file or loaded, current or replaced): what a stored version covers. */
    private final Map<String, Integer> knownYearVersions = new java.util.concurrent.ConcurrentHashMap<>();

    private record Data(CalendarSettings settings, Map<LocalDate, CalendarDay> specialDays, Set<Integer> coveredYears,
                        String version) {
    }

    @Inject
    public WorkingDayCalendar(CalendarConfig config) {
        this(CalendarSettings.from(config));
    }

    public WorkingDayCalendar(CalendarSettings settings) {
        this.zone = settings.zone();
        this.endOfWorkingDay = settings.endOfWorkingDay();
        this.data = build(settings);
        settings.years().forEach(year -> knownYearVersions.put(year.version(), year.year()));
    }

    /**
     * Takes a year published at run time (the State Council's schedule for next year, loaded by an
     * administrator): it replaces the data of that year, deadlines computed from now on use it and carry
     * the new calendar version; deadlines computed before keep the version they were computed with.
     * Loading the version the calendar already has for that year changes nothing.
     *
     * @return whether the calendar changed
     */
    public synchronized boolean load(CalendarYear year) {
        knownYearVersions.put(year.version(), year.year());
        CalendarSettings current = data.settings();
        if (current.years().stream().anyMatch(y -> y.year() == year.year() && y.version().equals(year.version()))) {
            return false;
        }
        List<CalendarYear> years = new ArrayList<>(current.years().stream().filter(y -> y.year() != year.year()).toList());
        years.add(year);
        data = build(new CalendarSettings(zone, endOfWorkingDay, years, current.extraHolidays(),
                current.extraWorkingDays(), current.versionSuffix()));
        return true;
    }

    /** Remembers a replaced year version (e.g. read back from the database), so deadlines stored with it are understood. */
    public void remember(CalendarYear year) {
        knownYearVersions.put(year.version(), year.year());
    }

    /** The version of the data this calendar holds for {@code year}, if it has any. */
    public java.util.Optional<String> yearVersion(int year) {
        return data.settings().years().stream().filter(y -> y.year() == year).map(CalendarYear::version).findFirst();
    }

    /**
     * Whether a deadline stored with {@code calendarVersion} knew the holidays of every year it spans (from
     * the day after {@code start} to {@code due}). A working-day deadline computed without a year's data
     * assumed plain weekdays there, and says so until it is recomputed with a calendar that has the year;
     * wall-clock and calendar-day limits do not depend on holidays.
     */
    public CalendarCoverage coverage(Instant start, Instant due, String limit, String calendarVersion) {
        if (due == null) {
            return null;
        }
        if (limit != null && !isWorkingDays(limit)) {
            return CalendarCoverage.NOT_NEEDED;
        }
        Set<Integer> covered = yearsOf(calendarVersion);
        LocalDate first = (start == null ? due : start).atZone(zone).toLocalDate().plusDays(start == null ? 0 : 1);
        int last = due.atZone(zone).getYear();
        for (int year = Math.min(first.getYear(), last); year <= last; year++) {
            if (!covered.contains(year)) {
                return CalendarCoverage.ASSUMED_WEEKDAYS;
            }
        }
        return CalendarCoverage.COVERED;
    }

    /** The coverage of a deadline the calendar computes now. */
    public CalendarCoverage coverage(Instant start, DeadlineComputation computation) {
        return coverage(start, computation.dueAt(), computation.limit(), computation.calendarVersion());
    }

    /** The years whose data a stored calendar version (e.g. {@code CN-2026.1+CN-2027.1+acme}) includes. */
    public Set<Integer> yearsOf(String calendarVersion) {
        Set<Integer> years = new TreeSet<>();
        if (calendarVersion != null) {
            for (String part : calendarVersion.split("\\+")) {
                Integer year = knownYearVersions.get(part);
                if (year != null) {
                    years.add(year);
                }
            }
        }
        return years;
    }

    private static boolean isWorkingDays(String limit) {
        try {
            return LimitSpec.parse(limit).kind() == LimitSpec.Kind.WORKING_DAYS;
        } catch (RuntimeException unreadable) {
            return true; // a stored limit we cannot read: do not claim it needs no calendar
        }
    }

    private static Data build(CalendarSettings settings) {
        Map<LocalDate, CalendarDay> days = new HashMap<>();
        Set<Integer> years = new HashSet<>();
        for (CalendarYear year : settings.years()) {
            if (!years.add(year.year())) {
                throw new IllegalArgumentException("calendar year " + year.year() + " is configured twice");
            }
            year.holidays().forEach(day -> days.put(day.date(), CalendarDay.named(day, DayKind.HOLIDAY)));
            year.makeUpWorkingDays().forEach(day -> days.put(day.date(), CalendarDay.named(day, DayKind.MAKE_UP_WORKING_DAY)));
        }
        applyCompanyDays(days, settings.extraHolidays(), settings.extraWorkingDays());
        return new Data(settings, Map.copyOf(days), Set.copyOf(years), versionOf(settings));
    }

    /**
     * When {@code limit} falls due for something that started at {@code start}:
     * <ul>
     *   <li>wall clock ({@code PT24H}): {@code start} plus the duration;</li>
     *   <li>calendar days ({@code P2D}): the same local time N days later;</li>
     *   <li>working days ({@code P3WD}): the end of the working day of the N-th working day after the
     *       start's local date. The start's date itself never counts, whatever the hour, so a case
     *       opened at 23:59 has the same deadline as one opened at 09:00 that day.</li>
     * </ul>
     */
    public DeadlineComputation deadline(Instant start, LimitSpec limit) {
        return switch (limit.kind()) {
            case WALL_CLOCK -> elapsed(start.plus(limit.wallClock()), limit);
            case CALENDAR_DAYS -> elapsed(start.atZone(zone).plusDays(limit.days()).toInstant(), limit);
            case WORKING_DAYS -> countWorkingDays(start, limit);
        };
    }

    public boolean isWorkingDay(LocalDate date) {
        return day(date).isWorking();
    }

    /** The date as the calendar sees it: kind, and the holiday's name where it has one. */
    public CalendarDay day(LocalDate date) {
        CalendarDay special = data.specialDays().get(date);
        if (special != null) {
            return special;
        }
        return CalendarDay.plain(date, isWeekend(date) ? DayKind.WEEKEND : DayKind.WORKING);
    }

    /** Every date from {@code from} to {@code to}, both included. */
    public List<CalendarDay> days(LocalDate from, LocalDate to) {
        List<CalendarDay> days = new ArrayList<>();
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            days.add(day(date));
        }
        return days;
    }

    /**
     * The same local time on the working day {@code n} working days after (n &gt; 0) or before
     * (n &lt; 0) the local date of {@code t}; {@code t} itself when n is 0.
     * <p>
     * The rule: the date of {@code t} never counts, working day or not; counting starts on the
     * next (previous) date. So from Saturday 10:00, +1 is Monday 10:00 (the first working day
     * after it) and -1 is Friday 10:00 (the last one before it) — the same rule as
     * {@link #deadline}, which counts from the day after the start.
     */
    public Instant plusWorkingDays(Instant t, int n) {
        if (Math.abs(n) > LimitSpec.MAX_WORKING_DAYS) {
            throw new IllegalArgumentException("at most " + LimitSpec.MAX_WORKING_DAYS + " working days either way, not " + n);
        }
        ZonedDateTime local = t.atZone(zone);
        LocalDate date = walk(local.toLocalDate(), n, day -> { });
        return ZonedDateTime.of(date, local.toLocalTime(), zone).toInstant();
    }

    /** The end of the working day on {@code date} (18:00 in the calendar zone by default). */
    public Instant endOfWorkingDay(LocalDate date) {
        return ZonedDateTime.of(date, endOfWorkingDay, zone).toInstant();
    }

    /**
     * Warnings (English / Chinese) for the years between {@code from} and {@code to} that the
     * calendar has no data for: there only weekends are known.
     */
    public List<String> coverageWarnings(LocalDate from, LocalDate to) {
        int first = Math.min(from.getYear(), to.getYear());
        int last = Math.max(from.getYear(), to.getYear());
        Set<Integer> coveredYears = data.coveredYears();
        String version = data.version();
        List<String> warnings = new ArrayList<>();
        for (int year = first; year <= last; year++) {
            if (!coveredYears.contains(year)) {
                String warning = "calendar.year-not-covered";
                warnings.add(TEXTS.en(warning, version, year) + " / " + TEXTS.zh(warning, version, year));
            }
        }
        return warnings;
    }

    /** Identifies the data behind every computed deadline, e.g. {@code CN-2026.1}; changes with any override. */
    public String version() {
        return data.version();
    }

    public ZoneId zone() {
        return zone;
    }

    public LocalTime endOfWorkingDayTime() {
        return endOfWorkingDay;
    }

    /** The years the calendar has holiday data for. */
    public Set<Integer> coveredYears() {
        return new TreeSet<>(data.coveredYears());
    }

    private DeadlineComputation elapsed(Instant dueAt, LimitSpec limit) {
        return new DeadlineComputation(dueAt, limit.spec(), data.version(), 0, List.of(), List.of(), List.of(), List.of());
    }

    private DeadlineComputation countWorkingDays(Instant start, LimitSpec limit) {
        String version = data.version(); // read before walking: a year loaded meanwhile must not change it half-way
        List<LocalDate> counted = new ArrayList<>();
        List<CalendarDay> skipped = new ArrayList<>();
        List<CalendarDay> makeUp = new ArrayList<>();
        LocalDate startDate = start.atZone(zone).toLocalDate();
        LocalDate dueDate = walk(startDate, limit.days(), day -> {
            if (!day.isWorking()) {
                skipped.add(day);
                return;
            }
            counted.add(day.date());
            if (day.kind() == DayKind.MAKE_UP_WORKING_DAY) {
                makeUp.add(day);
            }
        });
        return new DeadlineComputation(endOfWorkingDay(dueDate), limit.spec(), version, counted.size(),
                counted, skipped, makeUp, coverageWarnings(startDate.plusDays(1), dueDate));
    }

    /**
     * Steps from {@code from} (not counted) one date at a time, forward for n &gt; 0, backward for
     * n &lt; 0, showing each date passed to {@code visitor}, and returns the |n|-th working date.
     */
    private LocalDate walk(LocalDate from, int n, Consumer<CalendarDay> visitor) {
        int step = Integer.signum(n);
        int remaining = Math.abs(n);
        LocalDate date = from;
        while (remaining > 0) {
            date = date.plusDays(step);
            CalendarDay day = day(date);
            visitor.accept(day);
            if (day.isWorking()) {
                remaining--;
            }
        }
        return date;
    }

    private static boolean isWeekend(LocalDate date) {
        DayOfWeek weekday = date.getDayOfWeek();
        return weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY;
    }

    /** A company day off wins over a make-up working day; a company working day wins over a holiday. */
    private static void applyCompanyDays(Map<LocalDate, CalendarDay> days, Set<LocalDate> offs, Set<LocalDate> workdays) {
        Set<LocalDate> both = new TreeSet<>(offs);
        both.retainAll(workdays);
        if (!both.isEmpty()) {
            throw new IllegalArgumentException("configured both as extra holiday and as extra working day: " + both);
        }
        for (LocalDate date : offs) {
            days.put(date, new CalendarDay(date, DayKind.HOLIDAY, TEXTS.zh(COMPANY_DAY_OFF), TEXTS.en(COMPANY_DAY_OFF)));
        }
        for (LocalDate date : workdays) {
            CalendarDay official = days.get(date);
            boolean offOtherwise = official != null ? !official.isWorking() : isWeekend(date);
            if (offOtherwise) {
                days.put(date, new CalendarDay(date, DayKind.MAKE_UP_WORKING_DAY, TEXTS.zh(COMPANY_WORKING_DAY),
                        TEXTS.en(COMPANY_WORKING_DAY)));
            }
        }
    }

    /**
     * The versions of the year files, joined, plus the configured suffix; extra days without a
     * suffix get one derived from the dates, so two companies' calendars never share a version.
     */
    private static String versionOf(CalendarSettings settings) {
        String base = settings.years().stream()
                .sorted(Comparator.comparingInt(CalendarYear::year))
                .map(CalendarYear::version)
                .collect(Collectors.joining("+"));
        if (base.isEmpty()) {
            base = "WEEKENDS-ONLY";
        }
        if (settings.versionSuffix() != null) {
            return base + "+" + settings.versionSuffix();
        }
        if (settings.extraHolidays().isEmpty() && settings.extraWorkingDays().isEmpty()) {
            return base;
        }
        return base + "+local-" + fingerprint(settings.extraHolidays(), settings.extraWorkingDays());
    }

    private static String fingerprint(Set<LocalDate> offs, Set<LocalDate> workdays) {
        String canonical = "off:" + new TreeSet<>(offs) + ";work:" + new TreeSet<>(workdays);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
