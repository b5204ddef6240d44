package com.handbookflow.core.domain;

import com.handbookflow.core.label.ProblemText;

/** The addressed object does not exist (or is not visible to the caller): rendered as 404. */
public class ObjectNotFoundException extends DomainException {

    public ObjectNotFoundException(String what, Object id) {
        super(ProblemText.of(ObjectNotFoundException.class, "not-found", what, id), null);
    }
}
