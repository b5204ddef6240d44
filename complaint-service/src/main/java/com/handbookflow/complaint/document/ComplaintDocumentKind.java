package com.handbookflow.complaint.document;

import com.handbookflow.core.label.Labeled;

import java.util.Arrays;
import java.util.Optional;

/**
 * The documents a complaint produces, by the output key its node names ({@code complaint:{number}/{key}}):
 * the reference in the timeline is the path of the document.
 */
public enum ComplaintDocumentKind implements Labeled {
    REGISTRATION_FORM("registration-form"),
    HANDLING_PLAN("handling-plan"),
    CUSTOMER_CONFIRMATION("customer-confirmation"),
    ARCHIVE_FORM("archive-form"),
    IMPROVEMENT_REPORT("improvement-report");

    private final String key;

    ComplaintDocumentKind(String key) {
        this.key = key;
    }

    public static Optional<ComplaintDocumentKind> byKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }

    /** The output key and path segment, e.g. {@code handling-plan}. */
    public String key() { return key; }
}
