package com.handbookflow.launch.domain;

import com.handbookflow.core.label.Labeled;

/** Where a launch stands as a whole. */
public enum LaunchStatus implements Labeled {
    IN_PROGRESS,
    REJECTED,
    ARCHIVED;
}
