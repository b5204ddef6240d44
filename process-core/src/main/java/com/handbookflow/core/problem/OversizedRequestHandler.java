package com.handbookflow.core.problem;

import com.handbookflow.core.attachment.AttachmentsConfig;
import com.handbookflow.core.label.Texts;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.quarkus.vertx.http.runtime.VertxHttpRecorder;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Two limits on request bodies. Every body is held to {@code handbook.http.max-body-size} (512 KB),
 * except an attachment upload ({@code multipart/form-data}), which may carry one file of
 * {@code handbook.attachments.max-size} plus its multipart envelope. The HTTP layer's own bound,
 * {@code quarkus.http.limits.max-body-size}, is set to admit the upload (checked here at start).
 * <p>
 * A body whose declared length is over its limit is refused before it is read, with the same
 * problem+json as every other error. A chunked body without a length is cut off at its limit while
 * it is read (a bare 413 from the HTTP layer); the upload's file size is checked again by
 * {@code Attachments}.
 */
public class OversizedRequestHandler {

    /** Room for the multipart boundaries, part headers and form fields around the file. */
    public static final long MULTIPART_ENVELOPE = 64 * 1024;

    void register(@Observes Router router, AttachmentsConfig attachments) {
        Config config = ConfigProvider.getConfig();
        long bodyLimit = config.getOptionalValue("handbook.http.max-body-size", MemorySize.class)
                .map(MemorySize::asLongValue).orElse(512 * 1024L);
        long uploadLimit = attachments.maxSize().asLongValue() + MULTIPART_ENVELOPE;
        long httpLimit = config.getOptionalValue("quarkus.http.limits.max-body-size", MemorySize.class)
                .map(MemorySize::asLongValue).orElse(Long.MAX_VALUE);
        if (httpLimit < uploadLimit) {
            throw new IllegalStateException("quarkus.http.limits.max-body-size (" + httpLimit + " bytes) must admit an"
                    + " attachment upload: handbook.attachments.max-size plus " + MULTIPART_ENVELOPE + " bytes = "
                    + uploadLimit + " bytes; raise it or lower handbook.attachments.max-size");
        }
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            boolean upload = isMultipart(context);
            long limit = upload ? uploadLimit : bodyLimit;
            if (length == null || !isOver(length, limit)) {
                context.next();
                return;
            }
            refuse(context, length, limit, upload);
        });
        // after Quarkus's own limit handler, which sets its (upload-sized) bound for a body without a length
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 1).handler(context -> {
            if (context.request().getHeader(HttpHeaders.CONTENT_LENGTH) == null) {
                context.put(VertxHttpRecorder.MAX_REQUEST_SIZE_KEY, isMultipart(context) ? uploadLimit : bodyLimit);
            }
            context.next();
        });
    }

    private static void refuse(RoutingContext context, String length, long limit, boolean upload) {
        Texts texts = Texts.of(OversizedRequestHandler.class);
        String receiver = upload ? "request-too-large.upload" : "request-too-large.api";
        String detail = "problem.request-too-large.detail";
        context.response().setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(new JsonObject()
                        .put("type", Problem.TYPE_BASE + "request-too-large")
                        .put("title", texts.en("problem.request-too-large.title"))
                        .put("status", 413)
                        .put("detail", texts.en(detail, length, limit, texts.en(receiver)))
                        .put("instance", context.request().path())
                        .put("titleZh", texts.zh("problem.request-too-large.title"))
                        .put("detailZh", texts.zh(detail, length, limit, texts.zh(receiver)))
                        .put("maxSize", limit)
                        .encode());
    }

    private static boolean isMultipart(RoutingContext context) {
        String type = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        return type != null && type.regionMatches(true, 0, "multipart/form-data", 0, "multipart/form-data".length());
    }

    private static boolean isOver(String length, long limit) {
        try {
            return Long.parseLong(length.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
