package com.handbookflow.notification.deadline;

import com.handbookflow.core.label.Labeled;

/** What a notice says about an obligation (stored and published by its name). */
public enum NoticeKind implements Labeled {
    /** Due soon: one working day before, or at 80% of a short limit. */
    WARNING("到期预警", "Due soon"),
    /** Due now and not done. */
    OVERDUE("超时通知", "Overdue"),
    /** Still not done, repeated after due. */
    REMINDER("超时催办", "Reminder"),
    /** Told to someone up the ladder. */
    ESCALATION("升级督办", "Escalation"),
    /** Supervision tells a department of something it has to act on, e.g. the monthly audit sample (no deadline chain). */
    ANNOUNCEMENT("督办通知", "Announcement");

    private final String zh;
    private final String en;

    NoticeKind(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    @Override
    public String zh() {
        return zh;
    }

    @Override
    public String en() {
        return en;
    }
}
