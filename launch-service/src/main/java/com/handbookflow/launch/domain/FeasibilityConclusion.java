package com.handbookflow.launch.domain;

import com.handbookflow.core.label.Labeled;

/** The feasibility report's conclusion (可行性结论). */
public enum FeasibilityConclusion implements Labeled {
    PASS,
    FAIL;
}
