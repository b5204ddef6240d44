package com.handbookflow.project.rest;

import com.handbookflow.project.domain.DepartmentReport;
import com.handbookflow.project.domain.WeeklyReport;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Schema(name = "MeetingView", description = "A weekly meeting and its 《项目周报》 / 周例会")
public record MeetingView(
        @Schema(example = "1") int seq,
        @Schema(description = "When the cadence had it due") Instant dueAt,
        Instant heldAt,
        List<DepartmentReport> reports,
        String decisions,
        @Schema(description = "《项目周报》 due within 24 hours after the meeting") Instant reportDueAt,
        @Schema(nullable = true, description = "《项目周报》; null until it is submitted") WeeklyReport weeklyReport) {
}
