package com.handbookflow.notification.inbox.rest;

import com.handbookflow.core.label.LabeledValue;
import com.handbookflow.notification.inbox.InboxNotice;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "Notification", description = "A notice in an inbox / 通知")
public record NotificationView(
        UUID id,
        @Schema(description = "Told once per key / 幂等键", example = "obligation/6f1c.../v1/OVERDUE") String idempotencyKey,
        @Schema(description = "WARNING 到期预警, OVERDUE 超时通知, REMINDER 超时催办, ESCALATION 升级督办, ANNOUNCEMENT 督办通知") LabeledValue kind,
        @Schema(description = "RESPONSIBLE 责任人, DEPARTMENT_HEAD 部门负责人, LEADER_IN_CHARGE 分管领导, PROCESS_OWNER 流程负责人, NAMED_DEPARTMENT 指定部门, NAMED_PERSON 指定人员 (named by an escalation)") LabeledValue level,
        @Schema(example = "complaint") String processType,
        UUID instanceId,
        @Schema(example = "TS20260302-0001") String businessNumber,
        @Schema(example = "HANDLE") String itemKey,
        @Schema(example = "u1001") String recipientPerson,
        @Schema(example = "product") String recipientDepartment,
        @Schema(example = "【超时通知】TS20260302-0001 制定处理方案 已于 2026-03-05 18:00 到期，尚未完成") String titleZh,
        @Schema(example = "Overdue: TS20260302-0001 Handling plan was due 2026-03-05 18:00 and is not done") String titleEn,
        Instant dueAt,
        Instant createdAt,
        @Schema(description = "null while unread / 未读时为空") Instant readAt,
        @Schema(description = "The digest (or quiet-hours hold) that carried it to webhooks and e-mail; absent when it "
                + "went out at once / 所属汇总通知（或非工作时间暂缓）；即时推送时为空") UUID digestId) {

    public static NotificationView of(InboxNotice n) {
        return new NotificationView(n.id(), n.idempotencyKey(), LabeledValue.of(n.kind()), LabeledValue.of(n.level()),
                n.processType(), n.instanceId(), n.businessNumber(), n.itemKey(), n.recipientPerson(),
                n.recipientDepartment(), n.titleZh(), n.titleEn(), n.dueAt(), n.createdAt(), n.readAt(), n.digestId());
    }
}
