package com.handbookflow.core.domain;

import com.handbookflow.core.label.ProblemText;

/** The act does not fit the object's current state (a measure already done, an illegal transition): rendered as 409. */
public class StateConflictException extends DomainException {

    public StateConflictException(String type, String title, String titleZh, String detail, String detailZh) {
        super(type, title, titleZh, detail, detailZh, null);
    }

    public StateConflictException(ProblemText text) {
        super(text, null);
    }
}
