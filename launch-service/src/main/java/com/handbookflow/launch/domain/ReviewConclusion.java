package com.handbookflow.launch.domain;

import com.handbookflow.core.label.Labeled;

/** The overall conclusion of a review round (整体结论). */
public enum ReviewConclusion implements Labeled {
    PENDING,
    AWAITING_SIGN_OFF,
    APPROVED,
    NEEDS_CHANGES,
    REJECTED;
}
