package com.handbookflow.notification.audit;

import com.handbookflow.core.label.Labeled;

/** An auditor's finding on a sampled case. */
public enum Verdict implements Labeled {
    COMPLIANT,
    VIOLATION;
}
