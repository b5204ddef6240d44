package com.handbookflow.core.engine;

import java.time.Instant;
import java.util.List;

/**
 * How the next node starts when the definition's defaults are not enough: another responsible
 * department or a named person, other limits (the earliest resulting due instant wins, e.g. a
 * handling plan within 5 working days but within 24 hours when urgent), or another anchor.
 * Null fields mean "as the definition says".
 */
public record Activation(String responsibleDepartment, String responsiblePerson, List<String> limits,
                         Instant anchor) {

    public static final Activation DEFAULT = new Activation(null, null, null, null);

    public static Activation department(String department) {
        return new Activation(department, null, null, null);
    }

    public Activation withLimits(List<String> newLimits) {
        return new Activation(responsibleDepartment, responsiblePerson, newLimits, anchor);
    }

    public Activation withPerson(String person) {
        return new Activation(responsibleDepartment, person, limits, anchor);
    }
}
