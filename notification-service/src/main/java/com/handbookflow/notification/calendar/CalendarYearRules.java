package com.handbookflow.notification.calendar;

import com.handbookflow.core.domain.FieldError;
import com.handbookflow.core.domain.RuleBrokenException;
import com.handbookflow.core.label.ProblemText;
import com.handbookflow.core.label.Texts;
import com.handbookflow.core.calendar.CalendarYear;
import com.handbookflow.core.calendar.NamedDay;
import com.handbookflow.core.domain.InvalidValueException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What a published year must satisfy before any service counts on it: every date inside that year and
 * named in Chinese and English, no date listed twice, none both a holiday and a make-up working day,
 * and make-up working days only on Saturdays or Sundays (a weekday is a working day already). Every
 * bad date is named in one refusal, so the administrator corrects the whole schedule at once.
 */
public final class CalendarYearRules {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private CalendarYearRules() {
    }

    public static int year(String text) {
        try {
            int year = Integer.parseInt(text == null ? "" : text.strip());
            if (year >= FIRST_YEAR && year <= LAST_YEAR) {
                return year;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        Texts texts = Texts.of(CalendarYearRules.class);
        throw new InvalidValueException("year", texts.en("field.year.out-of-range", text, FIRST_YEAR, LAST_YEAR),
                texts.zh("field.year.out-of-range", text, FIRST_YEAR, LAST_YEAR));
    }

    /** The year as the calendar takes it, or a 422 naming every bad date. */
    static CalendarYear check(int year, CalendarYearRequest request, String version) {
        List<FieldError> errors = new ArrayList<>();
        List<CalendarYearRequest.Day> holidays = request == null || request.holidays() == null ? List.of() : request.holidays();
        List<CalendarYearRequest.Day> makeUps = request == null || request.makeUpWorkingDays() == null
                ? List.of() : request.makeUpWorkingDays();
        if (holidays.isEmpty()) {
            errors.add(new FieldError("holidays", "a year's schedule names its public holidays; none given"));
        }
        Map<LocalDate, String> seen = new HashMap<>();
        TreeSet<LocalDate> bad = new TreeSet<>();
        checkDays(year, "holidays", holidays, seen, errors, bad, false);
        checkDays(year, "makeUpWorkingDays", makeUps, seen, errors, bad, true);
        if (!errors.isEmpty()) {
            String dates = bad.isEmpty() ? "" : " (" + String.join(", ", bad.stream().map(LocalDate::toString).toList()) + ")";
            throw new RuleBrokenException(ProblemText.of(CalendarYearRules.class, "calendar-year-refused", year,
                    errors.size(), dates), errors);
        }
        return new CalendarYear(year, version, request.source() == null || request.source().isBlank() ? null
                : request.source().strip(), named(holidays), named(makeUps));
    }

    private static void checkDays(int year, String list, List<CalendarYearRequest.Day> days, Map<LocalDate, String> seen,
                                  List<FieldError> errors, TreeSet<LocalDate> bad, boolean makeUp) {
        for (int i = 0; i < days.size(); i++) {
            CalendarYearRequest.Day day = days.get(i);
            String field = list + "[" + i + "]";
            if (day == null || day.date() == null) {
                errors.add(new FieldError(field + ".date", "a date is required"));
                continue;
            }
            LocalDate date = day.date();
            if (date.getYear() != year) {
                errors.add(new FieldError(field + ".date", date + " is not in " + year));
                bad.add(date);
            }
            String earlier = seen.putIfAbsent(date, field);
            if (earlier != null) {
                boolean both = !earlier.startsWith(list);
                errors.add(new FieldError(field + ".date", both
                        ? date + " is both a holiday and a make-up working day (" + earlier + ")"
                        : date + " is listed twice (" + earlier + ")"));
                bad.add(date);
            }
            if (makeUp && date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
                errors.add(new FieldError(field + ".date", date + " is a " + date.getDayOfWeek()
                        + "; a make-up working day is a Saturday or Sunday"));
                bad.add(date);
            }
            if (blank(day.nameZh()) || blank(day.nameEn())) {
                errors.add(new FieldError(field, date + " needs nameZh and nameEn"));
                bad.add(date);
            }
        }
    }

    private static List<NamedDay> named(List<CalendarYearRequest.Day> days) {
        return days.stream().map(d -> new NamedDay(d.date(), d.nameZh().strip(), d.nameEn().strip())).toList();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
