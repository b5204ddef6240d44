package com.handbookflow.core.rest;

import com.handbookflow.core.engine.definition.NodeDefinition;
import com.handbookflow.core.engine.definition.ProcessDefinition;
import com.handbookflow.core.problem.InvalidInputException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Query and path parameters read by hand, so a bad one is a 400 naming it and the allowed values
 * rather than a bare 404 (JAX-RS answers a parameter it cannot convert with 404).
 */
public final class QueryParams {

    private QueryParams() {
    }

    /** An enum value, case-insensitive; null when absent. */
    public static <E extends Enum<E>> E enumValue(String field, Class<E> type, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw InvalidInputException.of(QueryParams.class, field, "invalid-input.unknown-value", text, allowed);
        }
    }

    /** One of {@code allowed} (e.g. a definition's node keys, {@code fieldZh} 节点), case-insensitive; null when absent. */
    public static String oneOf(String field, String fieldZh, List<String> allowed, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip().toUpperCase(Locale.ROOT);
        if (!allowed.contains(value)) {
            throw InvalidInputException.of(QueryParams.class, field, "invalid-input.unknown-choice", field, fieldZh, text,
                    String.join(", ", allowed), String.join("、", allowed));
        }
        return value;
    }

    /** An ISO date such as 2026-09-30; null when absent. */
    public static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(QueryParams.class, field, "invalid-input.not-a-date", text);
        }
    }

    /** A node key of {@code definition} (400 naming {@code node} with the allowed keys), case-insensitive; null when absent. */
    public static String node(ProcessDefinition definition, String text) {
        return oneOf("node", "节点", definition.nodes().stream().map(NodeDefinition::key).toList(), text);
    }

    /** The first instant of the date {@code text} in {@code zone} (a "from" bound, inclusive); null when absent. */
    public static Instant startOfDay(String field, String text, ZoneId zone) {
        LocalDate day = date(field, text);
        return day == null ? null : day.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the date {@code text} in {@code zone} (a "to" bound taken as exclusive); null when absent. */
    public static Instant endOfDay(String field, String text, ZoneId zone) {
        LocalDate day = date(field, text);
        return day == null ? null : day.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** Free text such as a department code, stripped; null when absent or blank. */
    public static String text(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
