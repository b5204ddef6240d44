package com.handbookflow.launch.domain;

import com.handbookflow.core.label.Labeled;

/** What a quantified business goal and an evaluation metric measure (业务目标/评估指标). */
public enum GoalMetric implements Labeled {
    USERS("用户数", "Users"),
    DAU("日活跃用户数", "Daily active users"),
    RETENTION("留存率", "Retention rate"),
    CONVERSION("转化率", "Conversion rate"),
    REVENUE("营业收入", "Revenue");

    private final String zh;
    private final String en;

    GoalMetric(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    @Override
    public String zh() { return zh; }

    @Override
    public String en() { return en; }
}
