package com.handbookflow.notification.inbox.rest;

import com.handbookflow.notification.security.NotificationAccess;
import com.handbookflow.core.paging.rest.PageParams;
import com.handbookflow.core.paging.PageView;
import com.handbookflow.notification.inbox.Inbox;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Inbox / 通知收件箱", description = "Reminders, overdue notices and escalations per person or department")
public class NotificationResource {

    private static final String PAGE_EXAMPLE = """
            {"items":[{"id":"0b7f6f4e-3c55-3a86-9b1e-3f1f0d9a2c11","idempotencyKey":"obligation/6f1c2d1e-6a4b-4c1e-9a55-8f1d0e2b7c33/v1/OVERDUE",
            "kind":{"code":"OVERDUE","zh":"超时通知","en":"Overdue"},"level":{"code":"RESPONSIBLE","zh":"责任人","en":"Responsible person"},
            "processType":"complaint","instanceId":"8d3c9a61-1b7e-4f1a-a2f3-1c9d2e4b5a66","businessNumber":"TS20260302-0001",
            "itemKey":"HANDLE","recipientPerson":"u1001","recipientDepartment":"product",
            "titleZh":"【超时通知】TS20260302-0001 制定处理方案 已于 2026-03-05 18:00 到期，尚未完成",
            "titleEn":"Overdue: TS20260302-0001 Handling plan was due 2026-03-05 18:00 and is not done",
            "dueAt":"2026-03-05T10:00:00Z","createdAt":"2026-03-05T10:00:05Z","readAt":null}],
            "page":0,"size":20,"totalItems":1,"totalPages":1}""";

    private static final String ONE_EXAMPLE = """
            {"id":"0b7f6f4e-3c55-3a86-9b1e-3f1f0d9a2c11","idempotencyKey":"obligation/6f1c2d1e-6a4b-4c1e-9a55-8f1d0e2b7c33/v1/OVERDUE",
            "kind":{"code":"OVERDUE","zh":"超时通知","en":"Overdue"},"level":{"code":"RESPONSIBLE","zh":"责任人","en":"Responsible person"},
            "processType":"complaint","instanceId":"8d3c9a61-1b7e-4f1a-a2f3-1c9d2e4b5a66","businessNumber":"TS20260302-0007",
            "itemKey":"ACKNOWLEDGE","recipientPerson":null,"recipientDepartment":"customer-service",
            "titleZh":"【超时通知】TS20260302-0007 受理 已于 2026-03-02 09:10 到期，尚未完成",
            "titleEn":"Overdue: TS20260302-0007 Acknowledge was due 2026-03-02 09:10 and is not done",
            "dueAt":"2026-03-02T01:10:00Z","createdAt":"2026-03-02T01:10:00Z","readAt":null,
            "digestId":"5b0f7d8e-2a3c-4e1f-9d6a-7c8b9e0f1a2b"}""";

    private final Inbox inbox;
    private final NotificationAccess access;

    NotificationResource(Inbox inbox, NotificationAccess access) {
        this.inbox = inbox;
        this.access = access;
    }

    @GET
    @Operation(operationId = "listNotifications", summary = "Notices of a person or department, newest first / 查询个人或部门的通知",
            description = "The reminders, escalations and notices sent to a person or a department, newest first; unread=true lists only the unread ones.\n\n发给个人或部门的提醒、督办与通知（最新在前）。")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "overdue", value = PAGE_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Neither recipient nor department / 未指定接收人或部门")
    public PageView<NotificationView> list(
            @QueryParam("recipient") @Parameter(description = "Recipient user id / 接收人", example = "u1001") String recipient,
            @QueryParam("department") @Parameter(description = "Department code / 部门", example = "product") String department,
            @QueryParam("unread") @Parameter(description = "Only unread / 仅未读", example = "true") Boolean unread,
            @BeanParam PageParams paging) {
        access.requireMayReadInbox(recipient, department);
        if (recipient == null && department == null && !access.seesAllDepartments()) {
            recipient = access.userId(); // one's own inbox by default
        }
        return inbox.list(recipient, department, Boolean.TRUE.equals(unread), paging.validated()).map(NotificationView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getNotification", summary = "One notice, e.g. an item of a digest / 查询单条通知（如汇总通知中的一项）",
            description = "The link of each item of a digest points here. A notice addressed to somebody else is "
                    + "'not found' for this reader, as when marking it read.")
    @APIResponse(responseCode = "200", description = "The notice / 通知", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "in a digest", value = ONE_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such notice, or not this reader's / 通知不存在")
    public NotificationView get(@PathParam("id") UUID id) {
        return NotificationView.of(inbox.find(id, access::mayRead));
    }

    @POST
    @Path("/{id}/read")
    @Operation(operationId = "markNotificationRead", summary = "Mark a notice read / 标记已读",
            description = "Marks a notice read for the caller.\n\n将通知标记为已读。")
    @APIResponse(responseCode = "200", description = "The notice, with readAt / 已读通知")
    @APIResponse(responseCode = "404", description = "No such notice / 通知不存在")
    public NotificationView markRead(@PathParam("id") UUID id) {
        return NotificationView.of(inbox.markRead(id, access::mayRead));
    }
}
