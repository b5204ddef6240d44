package com.handbookflow.notification.audit;

import com.handbookflow.core.label.Labeled;

/** Whether a process optimisation suggestion has been carried out by its owner. */
public enum SuggestionStatus implements Labeled {
    OPEN,
    DONE;
}
