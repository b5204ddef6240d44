package com.handbookflow.project.domain;

/** A department's report at the weekly meeting: progress, problems, resources it needs. */
public record DepartmentReport(String department, String progress, String problems, String resourcesNeeded) {
}
