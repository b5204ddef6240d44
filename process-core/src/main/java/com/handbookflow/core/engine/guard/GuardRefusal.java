package com.handbookflow.core.engine.guard;

import com.handbookflow.core.domain.FieldError;

import java.util.List;

/**
 * Why a guard refuses a completion, as the person who tried it reads it. A refusal may also name
 * its own problem ({@link #named}): a scenario whose API documented a rule's problem type before the
 * rule became a guard (launch: {@code release-refused}) keeps it, with its field errors. When such a
 * refusal is the only one, the 422 carries its type, titles and errors; otherwise it is
 * {@code guard-refused} as before.
 *
 * @param type    the problem type's last segment, or null for {@code guard-refused}
 * @param errors  the fields at fault, for a named refusal
 */
public record GuardRefusal(String reason, String reasonZh, String type, String title, String titleZh,
                           List<FieldError> errors) {

    public GuardRefusal {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public GuardRefusal(String reason, String reasonZh) {
        this(reason, reasonZh, null, null, null, List.of());
    }

    /** A refusal that names its own problem type, titles and fields. */
    public static GuardRefusal named(String type, String title, String titleZh, String reason, String reasonZh,
                                     List<FieldError> errors) {
        return new GuardRefusal(reason, reasonZh, type, title, titleZh, errors);
    }
}
