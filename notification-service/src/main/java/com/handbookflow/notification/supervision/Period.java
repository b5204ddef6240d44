package com.handbookflow.notification.supervision;

import com.handbookflow.core.problem.InvalidInputException;
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
                throw new InvalidInputException("period", "use a month (2026-03) or a quarter (2026-Q1), not " + period,
                        "请使用月份（2026-03）或季度（2026-Q1）");
            }
            return month(DateBounds.month("period", period));
        }
        if (from == null || to == null) {
            throw new InvalidInputException("period", "give period, or both from and to",
                    "请提供 period，或同时提供 from 和 to");
        }
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "must not be before from", "不能早于 from");
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
