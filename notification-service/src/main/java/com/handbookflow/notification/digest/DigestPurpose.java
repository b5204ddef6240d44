package com.handbookflow.notification.digest;

import com.handbookflow.core.label.Labeled;

/** Why notices were bundled. */
public enum DigestPurpose implements Labeled {
    /** Further notices to a recipient within the window after one that went out at once. */
    DIGEST("汇总通知", "Digest"),
    /** Non-urgent reminders to a person outside working hours, sent at the start of the next working day. */
    QUIET_HOURS("非工作时间暂缓的提醒", "Held over quiet hours");

    private final String zh;
    private final String en;

    DigestPurpose(String zh, String en) {
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
