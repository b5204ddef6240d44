package com.handbookflow.core.domain;

import com.handbookflow.core.label.ProblemText;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A refusal by the domain that a person can act on: a stable type, the message in English and
 * Chinese, the fields at fault and extension members (e.g. {@code currentState}) a client can read
 * without parsing text. It knows no HTTP: the one problem mapper of the REST layer
 * ({@code core.problem.ProblemMapper}) turns each kind into its RFC 9457 response.
 */
public abstract class DomainException extends RuntimeException {

    private final String type;
    private final String title;
    private final String titleZh;
    private final String detailZh;
    private final List<FieldError> errors;
    private final Map<String, Object> extensions = new LinkedHashMap<>();

    protected DomainException(String type, String title, String titleZh, String detail, String detailZh,
                              List<FieldError> errors) {
        super(detail);
        this.type = type;
        this.title = title;
        this.titleZh = titleZh;
        this.detailZh = detailZh;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** A refusal whose words come from the module's message bundle. */
    protected DomainException(ProblemText text, List<FieldError> errors) {
        this(text.type(), text.title(), text.titleZh(), text.detail(), text.detailZh(), errors);
    }

    /** Adds an extension member, e.g. {@code currentState}, that a client can read without parsing text. */
    public DomainException with(String name, Object value) {
        if (value != null) {
            extensions.put(name, value);
        }
        return this;
    }

    public String type() { return type; }
    public String title() { return title; }
    public String titleZh() { return titleZh; }
    public String detailZh() { return detailZh; }
    public List<FieldError> errors() { return errors; }
    public Map<String, Object> extensions() { return Map.copyOf(extensions); }
}
