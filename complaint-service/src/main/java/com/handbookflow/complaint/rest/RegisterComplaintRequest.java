package com.handbookflow.complaint.rest;

import com.handbookflow.complaint.domain.Channel;
import com.handbookflow.complaint.domain.CustomerDemand;
import com.handbookflow.complaint.domain.ProblemType;
import com.handbookflow.complaint.domain.RegistrationForm;
import com.handbookflow.complaint.domain.Urgency;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.OffsetDateTime;

/** A complaint as it arrives: table 3, the complaint registration form (客户投诉登记表). */
@Schema(name = "RegisterComplaintRequest", description = "Intake of a complaint: table 3 / 投诉接收（客户投诉登记表）")
public record RegisterComplaintRequest(
        @Schema(description = "When the complaint reached us (OA / hotline / online integrations); default now; at most "
                + "complaint.intake.oldest-receipt (30 days) ago and complaint.intake.clock-skew (5 minutes) ahead, else 400. "
                + "The first-response (10 minutes) and registration (24 hours) clocks run from it / 投诉接收时间",
                example = "2026-09-30T09:00:00+08:00") OffsetDateTime receivedAt,
        @NotBlank @Size(max = 100) @Schema(description = "Complainant / 投诉人", example = "王芳") String complainant,
        @NotBlank @Size(max = 100) @Schema(description = "Contact (phone, e-mail) / 联系方式", example = "138-0013-8000") String contact,
        @NotNull @Schema(description = "Channel / 投诉渠道: PHONE 电话, ONLINE 在线, EMAIL 邮件", example = "PHONE") Channel channel,
        @NotNull @Schema(description = "Problem type / 问题类型: PRODUCT_QUALITY 产品质量, SERVICE_ATTITUDE 服务态度, "
                + "LOGISTICS_DELAY 物流延迟, AFTER_SALES 售后支持, OTHER 其他", example = "LOGISTICS_DELAY") ProblemType problemType,
        @Size(max = 200) @Schema(description = "The problem type in words, required when OTHER / 其他问题类型说明") String problemTypeOther,
        @NotBlank @Size(max = 4000) @Schema(description = "When, where, what happened / 问题描述",
                example = "9月25日下单的冰箱至今未送达，物流信息停留在杭州中转站 5 天。") String description,
        @NotNull @Schema(description = "Customer demand / 客户诉求: REFUND 退款, EXCHANGE 换货, REPAIR 维修, APOLOGY 道歉, OTHER 其他",
                example = "REFUND") CustomerDemand demand,
        @Size(max = 200) @Schema(description = "The demand in words, required when OTHER / 其他诉求说明") String demandOther,
        @Schema(description = "Urgency / 紧急程度: GENERAL 一般, URGENT 紧急（24小时内处理）, EXTRA_URGENT 特急（立即处理，默认2小时）; default GENERAL",
                example = "URGENT") Urgency urgency) {

    /** When the complaint was received, as the client says (null: now); the service checks it against the clock. */
    public Instant receivedAtInstant() {
        return receivedAt == null ? null : receivedAt.toInstant();
    }

    public RegistrationForm form() {
        return new RegistrationForm(complainant, contact, channel, problemType, problemTypeOther, description, demand,
                demandOther, urgency);
    }
}
