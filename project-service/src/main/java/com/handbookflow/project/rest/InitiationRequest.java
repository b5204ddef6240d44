package com.handbookflow.project.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import com.handbookflow.project.domain.ProjectApplication;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** 《项目立项申请表》 as filed: the project, its initiating department, the departments concerned. */
@Schema(name = "ProjectInitiationRequest", description = "项目立项申请")
public record InitiationRequest(
        @NotBlank @Size(max = 200) @Schema(example = "市场活动推广") String name,
        @Size(max = 64) @Schema(description = "Defaults to the caller's department / 发起部门，默认为提交人所在部门", example = "marketing") String initiatingDepartment,
        @NotEmpty @Size(max = 20) @Schema(description = "The departments concerned / 相关参与部门", example = "[\"design\", \"technology\"]") List<@NotBlank @Size(max = 64) String> participatingDepartments,
        @NotNull @Valid Application application) {

    @Schema(name = "ProjectApplication", description = "项目立项申请表")
    public record Application(
            @NotBlank @Size(max = 4000) @Schema(example = "新品上市需要线上线下联动推广。") String background,
            @NotBlank @Size(max = 1000) @Schema(description = "Quantified (holds a number) / 须量化", example = "Q3 新品销售额提升20%") String goal,
            @NotBlank @Size(max = 4000) @Schema(example = "活动策划、宣传物料、活动页面") String scope,
            @NotEmpty @Size(max = 50) List<@NotNull @Valid Milestone> milestones) {

        public ProjectApplication toApplication() {
            return new ProjectApplication(background, goal, scope, milestones.stream()
                    .map(m -> new ProjectApplication.Milestone(m.name(), m.date())).toList());
        }
    }

    @Schema(name = "ProjectMilestone", description = "关键里程碑")
    public record Milestone(@NotBlank @Size(max = 200) @Schema(example = "活动上线") String name,
                            @NotNull @Schema(example = "2026-09-30") LocalDate date) {
    }
}
