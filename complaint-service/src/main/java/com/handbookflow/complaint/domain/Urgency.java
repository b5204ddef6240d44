package com.handbookflow.complaint.domain;

import com.handbookflow.core.label.Labeled;

/**
 * Urgency (table 3) / 紧急程度. URGENT must be handled within 24 hours, EXTRA_URGENT at once (2 hours
 * by default); both limits are configuration ({@code complaint.urgency-limits.*}) and shorten the
 * handling plan's deadline when they fall earlier.
 */
public enum Urgency implements Labeled {
    GENERAL,
    URGENT,
    EXTRA_URGENT;
}
