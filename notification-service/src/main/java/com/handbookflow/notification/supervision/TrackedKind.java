package com.handbookflow.notification.supervision;

import com.handbookflow.core.label.Labeled;
import com.handbookflow.core.label.LabeledValue;

/** The kinds of tracked obligation the on-time rate is reported by; a kind a scenario adds later is reported by its code. */
public enum TrackedKind implements Labeled {
    NODE,
    WORK_ITEM,
    CUSTOMER_UPDATE,
    IMPROVEMENT_MEASURE,
    MONTHLY_REVIEW,
    PROJECT_TASK,
    PROJECT_RISK,
    PROCESS_SUGGESTION;

    /** The kind with its labels; an unknown kind keeps its code as its labels. */
    public static LabeledValue label(String code) {
        for (TrackedKind kind : values()) {
            if (kind.name().equals(code)) {
                return LabeledValue.of(kind);
            }
        }
        return new LabeledValue(code, code, code);
    }
}
