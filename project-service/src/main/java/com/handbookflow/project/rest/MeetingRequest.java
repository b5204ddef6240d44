package com.handbookflow.project.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import com.handbookflow.project.domain.DepartmentReport;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A weekly progress meeting: each department's report (progress, problems, resources needed). */
@Schema(name = "MeetingRequest", description = "周例会记录")
public record MeetingRequest(
        @Schema(description = "When it was held; defaults to now", example = "2026-09-14T02:00:00Z") Instant heldAt,
        @NotEmpty @Size(max = 20) List<@NotNull @Valid Report> reports,
        @Size(max = 4000) @Schema(example = "设计部增派1名设计师。") String decisions) {

    public List<DepartmentReport> departmentReports() {
        return reports.stream().map(r -> new DepartmentReport(r.department(), r.progress(), r.problems(),
                r.resourcesNeeded())).toList();
    }

    @Schema(name = "DepartmentReport", description = "部门汇报：进度、问题、所需资源")
    public record Report(@NotBlank @Size(max = 64) @Schema(example = "design") String department,
                         @NotBlank @Size(max = 2000) @Schema(example = "海报完成2/3") String progress,
                         @Size(max = 2000) @Schema(example = "易拉宝尺寸待确认") String problems,
                         @Size(max = 2000) @Schema(example = "需增派1名设计师") String resourcesNeeded) {
    }
}
