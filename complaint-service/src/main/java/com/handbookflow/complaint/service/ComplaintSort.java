package com.handbookflow.complaint.service;

import com.handbookflow.core.label.Texts;
import com.handbookflow.core.domain.InvalidValueException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How a complaint list is ordered: {@code receivedAt}, {@code dueAt}, {@code number}; {@code -} first for descending. */
public record ComplaintSort(Field field, boolean descending) {

    public static final ComplaintSort DEFAULT = new ComplaintSort(Field.RECEIVED_AT, true);

    public enum Field {
        RECEIVED_AT("receivedAt", "receivedAt"),
        DUE_AT("dueAt", "currentDueAt"),
        NUMBER("number", "number");

        final String param;
        /** The entity attribute it orders by. */
        public final String attribute;

        Field(String param, String attribute) {
            this.param = param;
            this.attribute = attribute;
        }
    }

    /** Reads {@code receivedAt}, {@code -receivedAt}, {@code dueAt,asc} ...; anything else is a 400 naming {@code sort}. */
    public static ComplaintSort parse(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT;
        }
        String spec = text.strip();
        boolean descending = spec.startsWith("-");
        if (descending) {
            spec = spec.substring(1);
        }
        String[] parts = spec.split(",", 2);
        if (parts.length == 2) {
            String direction = parts[1].strip().toLowerCase(Locale.ROOT);
            if (!direction.equals("asc") && !direction.equals("desc")) {
                throw invalid(text);
            }
            descending = direction.equals("desc");
        }
        String name = parts[0].strip();
        for (Field field : Field.values()) {
            if (field.param.equals(name)) {
                return new ComplaintSort(field, descending);
            }
        }
        throw invalid(text);
    }

    private static InvalidValueException invalid(String text) {
        String allowed = Arrays.stream(Field.values()).map(f -> f.param).collect(Collectors.joining(", "));
        Texts texts = Texts.of(ComplaintSort.class);
        return new InvalidValueException("sort", texts.en("field.sort.unknown", text, allowed),
                texts.zh("field.sort.unknown", text, allowed));
    }
}
