package com.handbookflow.complaint.domain;

import com.handbookflow.core.label.Labeled;

/** How the complaint reached us (table 3) / 投诉渠道. */
public enum Channel implements Labeled {
    PHONE("电话", "Phone"),
    ONLINE("在线", "Online"),
    EMAIL("邮件", "E-mail");

    private final String zh;
    private final String en;

    Channel(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    @Override
    public String zh() { return zh; }

    @Override
    public String en() { return en; }
}
