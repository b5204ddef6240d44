package com.handbookflow.launch.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** Development and testing done: 《测试报告》 and 《用户验收确认函》, both required to complete the node. */
@Schema(name = "DevelopmentRequest")
public record DevelopmentRequest(@Valid TestReportPart testReport, @Valid UatPart uatConfirmation) {

    @Schema(name = "TestReportPart", description = "测试报告")
    public record TestReportPart(
            @NotBlank @Size(max = 4000) @Schema(example = "功能、性能、安全测试完成，无阻断缺陷。") String summary,
            @PositiveOrZero @Schema(example = "236") Integer casesRun,
            @PositiveOrZero @Schema(example = "236") Integer casesPassed,
            @PositiveOrZero @Schema(example = "0") Integer openDefects) {
    }

    @Schema(name = "UatPart", description = "用户验收确认函")
    public record UatPart(
            @NotBlank @Size(max = 128) @Schema(example = "陈静") String acceptedBy,
            @Size(max = 64) @Schema(example = "marketing") String acceptingDepartment,
            @Schema(example = "2026-10-15") LocalDate acceptedOn,
            @NotBlank @Size(max = 4000) @Schema(example = "业务验收通过，同意上线。") String statement) {
    }
}
