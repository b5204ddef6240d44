package com.handbookflow.complaint.rest;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AssignmentRequest", description = "Assignment of the responsible department / 责任部门指派. "
        + "Without a department the complaint goes where its problem type routes; another department needs a reason.")
public record AssignmentRequest(
        @Size(max = 64) @Schema(description = "Responsible department; default: routed by problem type / 责任部门（默认按问题类型路由）",
                example = "logistics") String department,
        @Size(max = 128) @Schema(description = "A named person in that department, optional / 责任人（可选）", example = "u2001") String person,
        @Size(max = 1000) @Schema(description = "Required when overriding the routing / 改派原因（与路由不同时必填）") String reason) {
}
