package com.handbookflow.notification.delivery.rest;

import com.handbookflow.notification.security.NotificationAccess;
import com.handbookflow.core.paging.rest.PageParams;
import com.handbookflow.core.paging.PageView;
import com.handbookflow.notification.delivery.DeliveryState;
import com.handbookflow.notification.delivery.DeliveryChannels;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks / OA 回调", description = "Signed POSTs of notices to OA systems, one per notice or in digests "
        + "(deliveryMode), retried with backoff; dead letters")
public class WebhookResource {

    private static final String DEAD_EXAMPLE = """
            {"items":[{"id":"3a0e8f0c-8c1b-4d7e-b1f5-0a4d2c9e7b10","endpointId":"a9d2f7e1-4b3c-4e8a-9f10-2b7c1d0e5f33",
            "idempotencyKey":"obligation/6f1c2d1e-6a4b-4c1e-9a55-8f1d0e2b7c33/v1/OVERDUE",
            "eventType":"com.handbookflow.notification.deadline-breached",
            "state":{"code":"DEAD","zh":"发送失败（死信）","en":"Dead letter"},"attempts":6,"nextAttemptAt":null,
            "lastStatus":500,"lastError":"HTTP 500","createdAt":"2026-03-05T10:00:00Z","deliveredAt":null}],
            "page":0,"size":20,"totalItems":1,"totalPages":1}""";

    private final DeliveryChannels channel;

    private final NotificationAccess access;

    WebhookResource(DeliveryChannels channel, NotificationAccess access) {
        this.access = access;
        this.channel = channel;
    }

    @POST
    @Operation(operationId = "registerWebhook", summary = "Register an OA endpoint / 登记回调地址",
            description = "Registers a department's OA endpoint (http(s) URL or mailto:) that receives its notices as signed requests; failed deliveries are retried and end as dead letters. "
                    + "deliveryMode DIGEST (default): notices that go out at once arrive one by one, the others as one "
                    + "digest message per recipient and window (`com.handbookflow.notification.digest-sent`); EACH: every "
                    + "notice as its own message (held ones at the start of the working day).\n\n"
                    + "登记 OA 回调地址，通知以签名请求送达；失败自动重试，最终转为死信。DIGEST（默认）按接收人与时间窗汇总推送，EACH 逐条推送。")
    @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "digests for customer service", value = """
                    {"department":"customer-service","url":"https://oa.example.com/hooks/handbook",
                    "secret":"s3cr3t-shared-with-oa-0001","deliveryMode":"DIGEST"}""")))
    @APIResponse(responseCode = "201", description = "Registered / 已登记", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "registered", value = """
                    {"id":"a9d2f7e1-4b3c-4e8a-9f10-2b7c1d0e5f33","department":"customer-service",
                    "url":"https://oa.example.com/hooks/handbook","enabled":true,"createdAt":"2026-03-02T01:00:00Z",
                    "deliveryMode":{"code":"DIGEST","zh":"汇总推送","en":"Digests"}}""")))
    public Response register(@Valid @NotNull WebhookRequest request) {
        access.requireAdministrator("configure webhooks and their deliveries");
        request.requireReachableUrl();
        var endpoint = channel.register(request.department(), request.url(), request.secret(),
                request.deliveryModeOrDefault());
        return Response.status(201).entity(WebhookView.of(endpoint)).build();
    }

    @GET
    @Operation(operationId = "listWebhooks", summary = "Registered endpoints / 回调地址列表",
            description = "Every registered endpoint: department, URL, whether it is enabled, when it was registered.\n\n全部已登记的回调地址。")
    public List<WebhookView> endpoints() {
        access.requireAdministrator("configure webhooks and their deliveries");
        return channel.endpoints().stream().map(WebhookView::of).toList();
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "removeWebhook", summary = "Remove an endpoint and its queued deliveries / 删除回调地址",
            description = "Removes the endpoint; deliveries still queued for it are dropped.\n\n删除回调地址及其待投递的通知。")
    @APIResponse(responseCode = "204", description = "Removed / 已删除")
    public void remove(@PathParam("id") UUID id) {
        access.requireAdministrator("configure webhooks and their deliveries");
        channel.remove(id);
    }

    @GET
    @Path("/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "Deliveries, newest first; state=DEAD lists the dead letters / 投递记录（死信）",
            description = "Delivery attempts, newest first, with their state, attempts and last error; state=DEAD lists the dead letters to resend.\n\n投递记录（最新在前）；state=DEAD 列出可重发的死信。")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "dead letter", value = DEAD_EXAMPLE)))
    public PageView<DeliveryView> deliveries(
            @QueryParam("state") @Parameter(description = "PENDING, DELIVERED or DEAD", example = "DEAD") DeliveryState state,
            @BeanParam PageParams paging) {
        access.requireAdministrator("configure webhooks and their deliveries");
        return channel.deliveries(state, paging.validated()).map(DeliveryView::of);
    }

    @POST
    @Path("/deliveries/{id}/retry")
    @Operation(operationId = "retryWebhookDelivery", summary = "Send a dead letter again / 重发死信",
            description = "Queues a dead letter for delivery again, as a fresh attempt.\n\n将死信重新排入投递队列。")
    @APIResponse(responseCode = "200", description = "Pending again / 已重新排队")
    @APIResponse(responseCode = "409", description = "Not a dead letter / 非死信")
    public DeliveryView retry(@PathParam("id") UUID id) {
        access.requireAdministrator("configure webhooks and their deliveries");
        return DeliveryView.of(channel.retry(id));
    }
}
