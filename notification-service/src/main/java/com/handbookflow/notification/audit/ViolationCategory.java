package com.handbookflow.notification.audit;

import com.handbookflow.core.label.Labeled;

/** What kind of breach of the handbook a violation is. */
public enum ViolationCategory implements Labeled {
    MISSING_OUTPUTS("缺少输出成果", "Completed without required outputs"),
    STEP_SKIPPED("跳过流程步骤", "Step skipped"),
    UNAUTHORISED_APPROVAL("越权审批", "Unauthorised approval"),
    DOCUMENT_MISMATCH("文档与实际不符", "Documents differ from practice"),
    OTHER("其他", "Other");

    private final String zh;
    private final String en;

    ViolationCategory(String zh, String en) {
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
