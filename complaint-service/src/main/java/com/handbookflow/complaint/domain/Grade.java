package com.handbookflow.complaint.domain;

import com.handbookflow.core.label.Labeled;

/** Grade / 投诉等级: GENERAL (one customer, quick fix) or MAJOR (hurts experience or reputation, needs several departments). */
public enum Grade implements Labeled {
    GENERAL("一般投诉", "General"),
    MAJOR("重大投诉", "Major");

    private final String zh;
    private final String en;

    Grade(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    @Override
    public String zh() { return zh; }

    @Override
    public String en() { return en; }
}
