package com.handbookflow.complaint.domain;

import com.handbookflow.core.label.Labeled;

/**
 * Urgency (table 3) / 紧急程度. URGENT must be handled within 24 hours, EXTRA_URGENT at once (2 hours
 * by default); both limits are configuration ({@code complaint.urgency-limits.*}) and shorten the
 * handling plan's deadline when they fall earlier.
 */
public enum Urgency implements Labeled {
    GENERAL("一般", "General"),
    URGENT("紧急（24小时内处理）", "Urgent (within 24 hours)"),
    EXTRA_URGENT("特急（立即处理）", "Extra urgent (at once)");

    private final String zh;
    private final String en;

    Urgency(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    @Override
    public String zh() { return zh; }

    @Override
    public String en() { return en; }
}
