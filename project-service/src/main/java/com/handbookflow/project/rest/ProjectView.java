package com.handbookflow.project.rest;

import com.handbookflow.core.engine.rest.NodeView;
import com.handbookflow.core.label.LabeledValue;
import com.handbookflow.project.domain.Alignment;
import com.handbookflow.project.domain.Consent;
import com.handbookflow.project.domain.Countersignature;
import com.handbookflow.project.domain.ProjectApplication;
import com.handbookflow.project.domain.Rating;
import com.handbookflow.project.domain.Retrospective;
import com.handbookflow.project.domain.Team;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "ProjectView", description = "A project with its forms, tasks, risks, meetings and node timeline / 项目详情")
public record ProjectView(
        UUID id,
        @Schema(example = "PRJ2026001") String number,
        @Schema(example = "市场活动推广") String name,
        @Schema(description = "ACTIVE 进行中, COMPLETED 已结项") LabeledValue status,
        @Schema(example = "PROGRESS") String currentNode,
        @Schema(example = "2026-09-30T10:00:00Z") Instant currentDueAt,
        @Schema(example = "false") boolean overdue,
        @Schema(example = "marketing") String initiatingDepartment,
        @Schema(description = "Departments taking part besides the initiating one / 参与部门", example = "[\"design\", \"technology\"]") List<String> participatingDepartments,
        @Schema(description = "《项目立项申请表》") ProjectApplication application,
        @Schema(description = "《项目目标对齐会议纪要》") Alignment alignment,
        @Schema(description = "Each department's consent / 各部门参与意愿") List<Consent> consents,
        @Schema(description = "《项目组架构表》") Team team,
        @Schema(description = "The weekly meeting owed next / 下次周例会时间") Instant nextMeetingDueAt,
        @Schema(description = "Table 5 《项目任务清单》") List<TaskView> tasks,
        @Schema(description = "Table 6 《风险预警及应对表》") List<RiskView> risks,
        List<MeetingView> meetings,
        @Schema(description = "The supervising department's countersignature / 监督部门会签") Countersignature countersignature,
        @Schema(description = "Participating departments' ratings (0-100) / 协作满意度评分") List<Rating> ratings,
        @Schema(description = "《项目复盘报告》") Retrospective retrospective,
        List<NodeView> timeline) {
}
