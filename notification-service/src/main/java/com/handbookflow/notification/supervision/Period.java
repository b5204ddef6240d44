package com.handbookflow.notification.supervision;

import com.handbookflow.core.label.Texts;
import com.handbookflow.core.domain.InvalidValueException;
import com.handbookflow.core.time.DateBounds;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A reporting period of local dates, both included: a month ({@code 2026-03}), a quarter ({@code 2026-Q1}) or a custom range. */
public record Period(String label, LocalDate from, LocalDate to) {

    private static final Texts TEXTS = Texts.of(Period.class);

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    public static Period parse(String period, LocalDate from, LocalDate to) {
        if (period != null && !period.isBlank()) {
            Matcher quarter = QUARTER.matcher(period.strip());
            if (quarter.matches()) {
                return quarter(Integer.parseInt(quarter.group(1)), Integer.parseInt(quarter.group(2)));
            }
            try {
                YearMonth.parse(period.strip());
            } catch (DateTimeParseException e) {
                throw new InvalidValueException("period", TEXTS.en("field.period.malformed", period),
                        TEXTS.zh("field.period.malformed", period));
            }
            return month(DateBounds.month("period", period));
        }
        if (from == null || to == null) {
            throw new InvalidValueException("period", TEXTS.en("field.period.required"),
                    TEXTS.zh("field.period.required"));
        }
        if (to.isBefore(from)) {
            throw new InvalidValueException("to", TEXTS.en("field.to.before-from"), TEXTS.zh("field.to.before-from"));
        }
        return new Period(from + ".." + to, from, to);
    }

    public static Period month(YearMonth month) {
        return new Period(month.toString(), month.atDay(1), month.atEndOfMonth());
    }

    public static Period quarter(int year, int quarter) {
        YearMonth first = YearMonth.of(year, (quarter - 1) * 3 + 1);
        return new Period(year + "-Q" + quarter, first.atDay(1), first.plusMonths(2).atEndOfMonth());
    }

    public static Period quarterOf(LocalDate date) {
        return quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }

    public Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the period. */
    public Instant end(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
