package com.handbookflow.complaint.rest;

import com.handbookflow.complaint.domain.CustomerConfirmation;
import com.handbookflow.complaint.domain.Satisfaction;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "ConfirmationRequest", description = "Customer confirmation and satisfaction follow-up: table 4 / 客户处理确认与满意度回访（客户满意度回访表）")
public record ConfirmationRequest(
        @NotBlank @Size(max = 4000) @Schema(description = "Handling result as confirmed with the customer / 处理结果",
                example = "客户确认已收到退款。") String result,
        @NotNull @Schema(description = "Follow-up date / 回访日期", example = "2026-10-10") LocalDate visitDate,
        @NotBlank @Size(max = 100) @Schema(description = "Visitor / 回访人", example = "张敏") String visitor,
        @NotNull @Schema(description = "SATISFIED 满意, BASICALLY_SATISFIED 基本满意, DISSATISFIED 不满意",
                example = "BASICALLY_SATISFIED") Satisfaction satisfaction,
        @Size(max = 4000) @Schema(description = "Customer comments: speed, solution, attitude / 客户意见",
                example = "退款及时，但前期物流信息不透明。") String comments,
        @Size(max = 4000) @Schema(description = "Customer suggestions / 客户建议", example = "希望大件商品提供物流专线。") String suggestions,
        @Schema(description = "DISSATISFIED only: send the complaint back to handling with a new plan "
                + "(at most complaint.max-rehandles times, default once) / 不满意时退回重新处理", example = "false") Boolean rehandle) {

    public CustomerConfirmation.FollowUp followUp() {
        return new CustomerConfirmation.FollowUp(result, visitDate, visitor, satisfaction, comments, suggestions);
    }

    public boolean rehandleRequested() {
        return Boolean.TRUE.equals(rehandle);
    }
}
