package com.handbookflow.core.problem;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Refuses a body over {@code quarkus.http.limits.max-body-size} from its declared length, before
 * reading it, with the same problem+json as every other error. (A chunked body without a length is
 * still cut off at the limit by the HTTP layer, with a bare 413.)
 */
public class OversizedRequestHandler {

    void register(@Observes Router router) {
        long limit = ConfigProvider.getConfig().getOptionalValue("quarkus.http.limits.max-body-size", MemorySize.class)
                .map(MemorySize::asLongValue).orElse(Long.MAX_VALUE);
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length == null || !isOver(length, limit)) {
                context.next();
                return;
            }
            context.response().setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(new JsonObject()
                            .put("type", Problem.TYPE_BASE + "request-too-large")
                            .put("title", "Request too large")
                            .put("status", 413)
                            .put("detail", "The request body (" + length + " bytes) is larger than the " + limit
                                    + " bytes this API accepts; send less data per request.")
                            .put("instance", context.request().path())
                            .put("titleZh", "请求过大")
                            .put("detailZh", "请求体（" + length + " 字节）超过接口允许的 " + limit + " 字节，请减少单次提交的数据。")
                            .encode());
        });
    }

    private static boolean isOver(String length, long limit) {
        try {
            return Long.parseLong(length.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
