package com.handbookflow.project.domain;

import com.handbookflow.core.label.Labeled;

/** A task's result checked against its deliverable standard / 验收结论. */
public enum AcceptanceResult implements Labeled {
    ACCEPTED,
    REJECTED;
}
