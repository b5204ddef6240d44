package com.handbookflow.complaint.rest;

import com.handbookflow.complaint.domain.HandlingAction;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "HandlingPlanRequest", description = "The handling plan of the responsible department / 投诉处理方案")
public record HandlingPlanRequest(
        @NotEmpty @Size(max = 7) @Schema(description = "Actions / 处理措施: REFUND 退款, EXCHANGE 换货, REPAIR 维修, COMPENSATION 补偿, "
                + "FIX 整改修复, APOLOGY 道歉, OTHER 其他", example = "[\"REFUND\", \"APOLOGY\"]") List<@NotNull HandlingAction> actions,
        @NotBlank @Size(max = 4000) @Schema(description = "What will be done, by whom, by when / 方案说明",
                example = "全额退款并致歉；更换承运商重新发货由客户选择。") String description,
        @Size(max = 11) @Schema(description = "Cooperating departments (协办部门) and their parts: each is a work item of "
                + "the execution, due with it; the plan's department leads and cannot complete the execution while a "
                + "part is open") List<@Valid @NotNull CooperationRequest> cooperations) {

    /** A cooperating department and the part it contributes to the execution. */
    @Schema(name = "CooperationRequest", description = "A cooperating department's part / 协办部门及其分工")
    public record CooperationRequest(
            @NotBlank @Size(max = 64) @Schema(description = "One of handbook.departments (422 unknown-department otherwise)",
                    example = "after-sales") String department,
            @NotBlank @Size(max = 1000) @Schema(description = "Its part / 分工", example = "上门回收损坏商品并检测。") String task) {
    }

    public List<CooperationRequest> cooperationsOrNone() {
        return cooperations == null ? List.of() : cooperations;
    }
}
