package com.handbookflow.project.domain;

import com.handbookflow.core.label.Labeled;

/** Where a project stands / 项目状态. */
public enum ProjectStatus implements Labeled {
    ACTIVE,
    COMPLETED;
}
