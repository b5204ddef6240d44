package com.handbookflow.core.domain;

import com.handbookflow.core.label.ProblemText;

import java.util.List;

/** Well-formed, but a business rule refuses it (re-handling beyond the limit, a missing output): rendered as 422. */
public class RuleBrokenException extends DomainException {

    public RuleBrokenException(String type, String title, String titleZh, String detail, String detailZh,
                               List<FieldError> errors) {
        super(type, title, titleZh, detail, detailZh, errors);
    }

    public RuleBrokenException(ProblemText text, List<FieldError> errors) {
        super(text, errors);
    }

    public RuleBrokenException(ProblemText text) {
        super(text, null);
    }
}
