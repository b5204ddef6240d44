package com.handbookflow.core.problem;

import com.handbookflow.core.domain.StateConflictException;
import com.handbookflow.core.label.ProblemText;

/** 409: the act does not fit the current state of the object (illegal transition, concurrent change). */
public class ConflictException extends StateConflictException {

    public ConflictException(String type, String title, String titleZh, String detail, String detailZh) {
        super(type, title, titleZh, detail, detailZh);
    }

    /** A refusal whose words come from the module's message bundle. */
    public ConflictException(ProblemText text) {
        super(text);
    }
}
