package com.handbookflow.notification.audit;

import com.handbookflow.core.label.Labeled;

/** Whether a process optimisation suggestion has been carried out by its owner. */
public enum SuggestionStatus implements Labeled {
    OPEN("待落实", "Open"),
    DONE("已落实", "Done");

    private final String zh;
    private final String en;

    SuggestionStatus(String zh, String en) {
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
