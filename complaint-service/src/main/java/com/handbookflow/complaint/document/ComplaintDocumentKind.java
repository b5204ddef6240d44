package com.handbookflow.complaint.document;

import com.handbookflow.core.label.Labeled;

import java.util.Arrays;
import java.util.Optional;

/**
 * The documents a complaint produces, by the output key its node names ({@code complaint:{number}/{key}}):
 * the reference in the timeline is the path of the document.
 */
public enum ComplaintDocumentKind implements Labeled {
    REGISTRATION_FORM("registration-form", "客户投诉登记表", "Complaint registration form"),
    HANDLING_PLAN("handling-plan", "投诉处理方案", "Complaint handling plan"),
    CUSTOMER_CONFIRMATION("customer-confirmation", "客户处理确认函", "Customer confirmation letter"),
    ARCHIVE_FORM("archive-form", "投诉处理归档表", "Complaint archive form"),
    IMPROVEMENT_REPORT("improvement-report", "改进措施报告", "Improvement measures report");

    private final String key;
    private final String zh;
    private final String en;

    ComplaintDocumentKind(String key, String zh, String en) {
        this.key = key;
        this.zh = zh;
        this.en = en;
    }

    public static Optional<ComplaintDocumentKind> byKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }

    /** The output key and path segment, e.g. {@code handling-plan}. */
    public String key() { return key; }

    @Override
    public String zh() { return zh; }

    @Override
    public String en() { return en; }
}
