package com.handbookflow.notification.audit.rest;

import com.handbookflow.notification.audit.ViolationView;
import com.handbookflow.notification.supervision.Metric;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "ViolationReport", description = "The register of a quarter, counted per department against the target / 违规登记")
public record ViolationReport(
        @Schema(example = "2026-Q1") String quarter,
        @Schema(description = "Violations per department, target <= 2 per quarter / 各部门违规数") List<DepartmentCount> byDepartment,
        List<ViolationView> items) {

    @Schema(name = "DepartmentViolations")
    public record DepartmentCount(@Schema(example = "product") String department, Metric violations) {
    }
}
