package com.handbookflow.core.domain;

import com.handbookflow.core.label.ProblemText;

/**
 * Content refused for what it is, not for a field's value: too large (rendered as 413), or of a type
 * that is not allowed (rendered as 415). Nothing of it was stored.
 */
public class ContentRefusedException extends DomainException {

    /** What is wrong with the content; the problem mapper gives each its status. */
    public enum Reason { TOO_LARGE, TYPE_NOT_ALLOWED }

    private final Reason reason;

    public ContentRefusedException(Reason reason, ProblemText text) {
        super(text, null);
        this.reason = reason;
    }

    public Reason reason() { return reason; }
}
