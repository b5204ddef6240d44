package com.handbookflow.launch.domain;

import com.handbookflow.core.label.Labeled;

/** The launch-day duties of the departments preparing a release (上线准备分工). */
public enum LaunchDuty implements Labeled {
    DEPLOYMENT,
    PROMOTION,
    SCRIPT_TRAINING;
}
