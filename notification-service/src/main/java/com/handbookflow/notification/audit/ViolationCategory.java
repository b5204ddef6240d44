package com.handbookflow.notification.audit;

import com.handbookflow.core.label.Labeled;

/** What kind of breach of the handbook a violation is. */
public enum ViolationCategory implements Labeled {
    MISSING_OUTPUTS,
    STEP_SKIPPED,
    UNAUTHORISED_APPROVAL,
    DOCUMENT_MISMATCH,
    OTHER;
}
