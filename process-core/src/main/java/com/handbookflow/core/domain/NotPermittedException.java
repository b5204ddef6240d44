package com.handbookflow.core.domain;

import com.handbookflow.core.label.ProblemText;

/** The user is known but may not do this (another department's node, a role it lacks): rendered as 403. */
public class NotPermittedException extends DomainException {

    public NotPermittedException(ProblemText text) {
        super(text, null);
    }
}
