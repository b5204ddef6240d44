package com.handbookflow.notification.directory;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DepartmentRequest", description = "A department's directory entry / 部门通讯录条目")
public record DepartmentRequest(
        @NotBlank @Size(max = 64) @Schema(example = "客服部") String nameZh,
        @NotBlank @Size(max = 128) @Schema(example = "Customer service") String nameEn,
        @Size(max = 128) @Schema(description = "Department head (user id) / 部门负责人", example = "u2001") String head,
        @Size(max = 128) @Schema(description = "Leader in charge (user id) / 分管领导", example = "u3001") String leaderInCharge,
        @Email @Size(max = 256) @Schema(example = "kefu@example.com") String email,
        @Size(max = 64) @Schema(example = "021-55550000") String phone) {
}
