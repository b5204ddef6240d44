package com.handbookflow.notification.supervision;

import jakarta.persistence.Query;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A period as the aggregates kept per local day and per calendar month are read (the counts, V3 and V15;
 * the duration histogram, V14 and V15): calendar months from the monthly rows, plus or minus days from the
 * daily rows. A month the period covers partly is either its days inside the period, or the
 * whole month minus its days outside, whichever reads fewer days: a year from the 29th reads 12 months and
 * a few days, not 11 months and 30 days. Counts and histograms add and subtract exactly. A period is
 * whole local days, the days the aggregates are kept in, so no day is counted in part.
 */
record PeriodCover(LocalDate firstMonth, LocalDate lastMonth, Days headAdded, Days headSubtracted, Days tailAdded,
                   Days tailSubtracted) {

    /** Local days, both included; empty when {@code to} is before {@code from}. */
    record Days(LocalDate from, LocalDate to) {

        static final Days NONE = new Days(LocalDate.EPOCH, LocalDate.EPOCH.minusDays(1));

        long count() {
            return Math.max(0, to.toEpochDay() - from.toEpochDay() + 1);
        }
    }

    static PeriodCover of(Period period) {
        LocalDate from = period.from();
        LocalDate to = period.to();
        YearMonth first = YearMonth.from(from);
        YearMonth last = YearMonth.from(to);
        if (first.equals(last)) {
            Days before = new Days(first.atDay(1), from.minusDays(1));
            Days after = new Days(to.plusDays(1), first.atEndOfMonth());
            Days inside = new Days(from, to);
            return inside.count() <= before.count() + after.count()
                    ? new PeriodCover(first.atDay(1), first.minusMonths(1).atDay(1), inside, Days.NONE, Days.NONE, Days.NONE)
                    : new PeriodCover(first.atDay(1), first.atDay(1), Days.NONE, before, Days.NONE, after);
        }
        Days headInside = new Days(from, first.atEndOfMonth());
        Days headOutside = new Days(first.atDay(1), from.minusDays(1));
        boolean headByDays = headOutside.count() > 0 && headInside.count() <= headOutside.count();
        Days tailInside = new Days(last.atDay(1), to);
        Days tailOutside = new Days(to.plusDays(1), last.atEndOfMonth());
        boolean tailByDays = tailOutside.count() > 0 && tailInside.count() <= tailOutside.count();
        return new PeriodCover((headByDays ? first.plusMonths(1) : first).atDay(1),
                (tailByDays ? last.minusMonths(1) : last).atDay(1),
                headByDays ? headInside : Days.NONE, headByDays ? Days.NONE : headOutside,
                tailByDays ? tailInside : Days.NONE, tailByDays ? Days.NONE : tailOutside);
    }

    /**
     * The rows of the period from an aggregate kept per month (column {@code month}, its first day) and per
     * day (column {@code day}): the given columns, and {@code sign} 1 for rows to add, -1 for rows to
     * subtract. The query binds them with {@link #bind}.
     */
    static String rows(String monthlyTable, String dailyTable, String columns) {
        return "select 1 as sign, " + columns + " from " + monthlyTable + " where month between :firstMonth and :lastMonth"
                + " union all select 1, " + columns + " from " + dailyTable + " where day between :headAddedFrom and :headAddedTo"
                + " union all select -1, " + columns + " from " + dailyTable + " where day between :headSubtractedFrom and :headSubtractedTo"
                + " union all select 1, " + columns + " from " + dailyTable + " where day between :tailAddedFrom and :tailAddedTo"
                + " union all select -1, " + columns + " from " + dailyTable + " where day between :tailSubtractedFrom and :tailSubtractedTo";
    }

    /** Sets the parameters of {@link #rows}. */
    Query bind(Query query) {
        query.setParameter("firstMonth", firstMonth).setParameter("lastMonth", lastMonth);
        days(query, "headAdded", headAdded);
        days(query, "headSubtracted", headSubtracted);
        days(query, "tailAdded", tailAdded);
        days(query, "tailSubtracted", tailSubtracted);
        return query;
    }

    private static void days(Query query, String name, Days days) {
        query.setParameter(name + "From", days.from()).setParameter(name + "To", days.to());
    }
}
