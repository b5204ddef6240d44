package com.handbookflow.launch.domain;

import com.handbookflow.core.label.Labeled;

/** The launch-day duties of the departments preparing a release (上线准备分工). */
public enum LaunchDuty implements Labeled {
    DEPLOYMENT("环境部署与数据准备", "Environment deployment and data preparation"),
    PROMOTION("推广物料准备", "Promotion materials"),
    SCRIPT_TRAINING("客服话术培训", "Customer service script training");

    private final String zh;
    private final String en;

    LaunchDuty(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    @Override
    public String zh() { return zh; }

    @Override
    public String en() { return en; }
}
