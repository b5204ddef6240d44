package com.handbookflow.core.problem;

import com.handbookflow.core.domain.DomainException;
import com.handbookflow.core.domain.FieldError;
import com.handbookflow.core.label.ProblemText;

import java.util.List;

/**
 * A refusal with its own HTTP status (403 access denied, 413 too large, ...), for the refusals that are
 * not one of the domain's kinds ({@link com.handbookflow.core.domain}); {@link ProblemMapper} renders it.
 */
public class ProblemException extends DomainException {

    private final int status;

    protected ProblemException(int status, String type, String title, String titleZh,
                               String detail, String detailZh, List<Problem.FieldError> errors) {
        super(type, title, titleZh, detail, detailZh,
                errors == null ? null : errors.stream().map(e -> new FieldError(e.field(), e.message())).toList());
        this.status = status;
    }

    /** A refusal whose words come from the module's message bundle. */
    protected ProblemException(int status, ProblemText text) {
        super(text, null);
        this.status = status;
    }

    @Override
    public ProblemException with(String name, Object value) {
        super.with(name, value);
        return this;
    }

    public int status() { return status; }
}
