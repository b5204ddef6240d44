package com.handbookflow.project.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** 《项目周报》 of a meeting. */
@Schema(name = "WeeklyReportRequest", description = "项目周报")
public record WeeklyReportRequest(@NotBlank @Size(max = 8000) @Schema(example = "本周完成活动策划方案；宣传物料设计延期风险已应对。") String summary) {
}
