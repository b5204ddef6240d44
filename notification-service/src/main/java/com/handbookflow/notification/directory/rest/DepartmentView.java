package com.handbookflow.notification.directory.rest;

import com.handbookflow.notification.directory.Department;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Department", description = "A department of the directory / 部门")
public record DepartmentView(
        @Schema(example = "customer-service") String code,
        @Schema(example = "客服部") String nameZh,
        @Schema(example = "Customer service") String nameEn,
        @Schema(example = "u2001") String head,
        @Schema(example = "u3001") String leaderInCharge,
        @Schema(example = "kefu@example.com") String email,
        @Schema(example = "021-55550000") String phone) {

    static DepartmentView of(Department d) {
        return new DepartmentView(d.code(), d.nameZh(), d.nameEn(), d.head(), d.leaderInCharge(), d.email(), d.phone());
    }
}
