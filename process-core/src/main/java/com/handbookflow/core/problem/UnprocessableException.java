package com.handbookflow.core.problem;

import com.handbookflow.core.domain.FieldError;
import com.handbookflow.core.domain.RuleBrokenException;
import com.handbookflow.core.label.ProblemText;

import java.util.List;

/** 422: the request is well formed but breaks a business rule (e.g. a required output is missing). */
public class UnprocessableException extends RuleBrokenException {

    public UnprocessableException(String type, String title, String titleZh, String detail, String detailZh,
                                  List<Problem.FieldError> errors) {
        super(type, title, titleZh, detail, detailZh,
                errors == null ? null : errors.stream().map(e -> new FieldError(e.field(), e.message())).toList());
    }

    /** A refusal whose words come from the module's message bundle. */
    public UnprocessableException(ProblemText text, List<Problem.FieldError> errors) {
        this(text.type(), text.title(), text.titleZh(), text.detail(), text.detailZh(), errors);
    }
}
