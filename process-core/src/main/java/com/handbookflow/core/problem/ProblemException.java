package com.handbookflow.core.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A refusal a person can act on: carries the HTTP status, a stable problem type and the message
 * in English and Chinese. Throw one of the subclasses; {@link ProblemMapper} renders it.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final String titleZh;
    private final String detailZh;
    private final List<Problem.FieldError> errors;
    private final Map<String, Object> extensions = new LinkedHashMap<>();

    protected ProblemException(int status, String type, String title, String titleZh,
                               String detail, String detailZh, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.titleZh = titleZh;
        this.detailZh = detailZh;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** Adds an extension member, e.g. {@code currentState}, that a client can read without parsing text. */
    public ProblemException with(String name, Object value) {
        if (value != null) {
            extensions.put(name, value);
        }
        return this;
    }

    public int status() { return status; }
    public String type() { return type; }
    public String title() { return title; }
    public String titleZh() { return titleZh; }
    public String detailZh() { return detailZh; }
    public List<Problem.FieldError> errors() { return errors; }
    public Map<String, Object> extensions() { return Map.copyOf(extensions); }
}
