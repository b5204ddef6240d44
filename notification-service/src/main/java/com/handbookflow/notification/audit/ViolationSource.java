package com.handbookflow.notification.audit;

import com.handbookflow.core.label.Labeled;

/** Where a violation was found. */
public enum ViolationSource implements Labeled {
    AUTOMATIC("自动检查", "Automatic check"),
    AUDIT("抽查发现", "Audit finding");

    private final String zh;
    private final String en;

    ViolationSource(String zh, String en) {
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
