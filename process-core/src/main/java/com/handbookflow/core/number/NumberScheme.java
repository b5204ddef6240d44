package com.handbookflow.core.number;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * How a scenario numbers its business objects: a prefix, the period the sequence restarts in, and
 * the sequence's width. The sequence grows past its width rather than wrapping ({@code -10000}
 * after {@code -9999}), so a number is never handed out twice.
 *
 * <ul>
 *   <li>complaints {@code TS20260930-0001}: {@code perDay("complaint", "TS", "-", 4)}</li>
 *   <li>projects {@code PRJ2026001}: {@code perYear("project", "PRJ", "", 3)}</li>
 *   <li>launches, e.g. {@code XYW20260001}: {@code perYear("launch", "XYW", "", 4)}</li>
 * </ul>
 *
 * @param scope     the counter's name, one per scenario (e.g. {@code complaint})
 * @param separator between the period and the sequence ({@code "-"} or empty)
 */
public record NumberScheme(String scope, String prefix, Period period, String separator, int width) {

    /** The period a sequence runs in; its key names the counter row. */
    public enum Period {
        DAY("yyyyMMdd", "yyyy-MM-dd"),
        MONTH("yyyyMM", "yyyy-MM"),
        YEAR("yyyy", "yyyy");

        private final DateTimeFormatter inNumber;
        private final DateTimeFormatter key;

        Period(String inNumber, String key) {
            this.inNumber = DateTimeFormatter.ofPattern(inNumber);
            this.key = DateTimeFormatter.ofPattern(key);
        }

        /** The counter's period key for a day: {@code 2026-09-30}, {@code 2026-09}, {@code 2026}. */
        public String keyOf(LocalDate day) {
            return key.format(day);
        }
    }

    public NumberScheme {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(period, "period");
        separator = separator == null ? "" : separator;
        if (width < 1) {
            throw new IllegalArgumentException("width must be at least 1, was " + width);
        }
    }

    public static NumberScheme perDay(String scope, String prefix, String separator, int width) {
        return new NumberScheme(scope, prefix, Period.DAY, separator, width);
    }

    public static NumberScheme perYear(String scope, String prefix, String separator, int width) {
        return new NumberScheme(scope, prefix, Period.YEAR, separator, width);
    }

    /** The number of the {@code seq}-th object of the period containing {@code day} (1-based). */
    public String format(LocalDate day, long seq) {
        if (seq < 1) {
            throw new IllegalArgumentException("sequence starts at 1, was " + seq);
        }
        String digits = Long.toString(seq);
        return prefix + period.inNumber.format(day) + separator + "0".repeat(Math.max(0, width - digits.length()))
                + digits;
    }
}
