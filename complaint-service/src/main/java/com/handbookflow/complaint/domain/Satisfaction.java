package com.handbookflow.complaint.domain;

import com.handbookflow.core.label.Labeled;

/** Satisfaction at follow-up (table 4) / 满意度. */
public enum Satisfaction implements Labeled {
    SATISFIED("满意", "Satisfied"),
    BASICALLY_SATISFIED("基本满意", "Basically satisfied"),
    DISSATISFIED("不满意", "Dissatisfied");

    private final String zh;
    private final String en;

    Satisfaction(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    @Override
    public String zh() { return zh; }

    @Override
    public String en() { return en; }
}
