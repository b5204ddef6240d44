package com.handbookflow.core.department;

import com.handbookflow.core.domain.FieldError;
import com.handbookflow.core.domain.InvalidValueException;
import com.handbookflow.core.domain.RuleBrokenException;
import com.handbookflow.core.label.LabeledValue;
import com.handbookflow.core.label.ProblemText;
import com.handbookflow.core.label.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The known departments ({@link DepartmentsConfig}): one place that says whether a department code
 * exists, for configuration (checked at start) and for requests (refused with 400 naming the known codes).
 */
@ApplicationScoped
public class Departments {

    /** The bundle key of the refusal of an unknown code; its arguments: {@link #unknownArguments}. */
    private static final String UNKNOWN = "unknown-department.message";

    private final List<LabeledValue> all;

    @Inject
    Departments(DepartmentsConfig config) {
        this(config.all().entrySet().stream()
                .map(e -> new LabeledValue(e.getKey(), e.getValue().zh(), e.getValue().en()))
                .toList());
    }

    /** For checks without a container, e.g. a definition validated in a plain test. */
    public Departments(List<LabeledValue> departments) {
        this.all = departments.stream().sorted(Comparator.comparing(LabeledValue::code)).toList();
    }

    /** Every department with its Chinese and English name, by code. */
    public List<LabeledValue> all() {
        return all;
    }

    public boolean isKnown(String code) {
        return find(code).isPresent();
    }

    public Optional<LabeledValue> find(String code) {
        return code == null ? Optional.empty() : all.stream().filter(d -> d.code().equals(code)).findFirst();
    }

    public List<String> codes() {
        return all.stream().map(LabeledValue::code).toList();
    }

    /** The code when it names a known department (null stays null); otherwise 400 naming {@code field} and the known codes. */
    public String require(String code, String field) {
        if (code == null || isKnown(code)) {
            return code;
        }
        throw InvalidValueException.of(Departments.class, field, UNKNOWN, unknownArguments(code));
    }

    /**
     * The code when it names a known department (null stays null); otherwise 422 {@code unknown-department}
     * naming {@code field} and the known codes ({@code knownDepartments}). For a department a business act
     * decides on (an assignment): the request is well formed, the company just has no such department.
     */
    public String requireKnown(String code, String field) {
        if (code == null || isKnown(code)) {
            return code;
        }
        Texts texts = Texts.of(Departments.class);
        String message = texts.en(UNKNOWN, unknownArguments(code));
        String messageZh = texts.zh(UNKNOWN, unknownArguments(code));
        throw new RuleBrokenException(ProblemText.of(Departments.class, "unknown-department", field, message, messageZh),
                List.of(new FieldError(field, message))).with("knownDepartments", codes());
    }

    /** The arguments of the {@link #UNKNOWN} text: the code, and the known codes in each language's list. */
    private Object[] unknownArguments(String code) {
        return new Object[]{code, String.join(", ", codes()), String.join("、", codes())};
    }

    /** A configuration problem naming {@code key} when {@code code} is not a known department, else empty. */
    public Optional<String> problemWith(String key, String code) {
        if (code == null || isKnown(code)) {
            return Optional.empty();
        }
        return Optional.of(key + ": '" + code + "' is not a department (known: " + String.join(", ", codes())
                + "; add one with handbook.departments.<code>.zh/en)");
    }
}
