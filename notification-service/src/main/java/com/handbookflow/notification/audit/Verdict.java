package com.handbookflow.notification.audit;

import com.handbookflow.core.label.Labeled;

/** An auditor's finding on a sampled case. */
public enum Verdict implements Labeled {
    COMPLIANT("合规", "Compliant"),
    VIOLATION("违规", "Violation");

    private final String zh;
    private final String en;

    Verdict(String zh, String en) {
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
