package com.handbookflow.core.rest;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A JSON request body is read whole on the HTTP I/O thread, before the request goes to its worker thread.
 * Our resources are blocking (JDBC), and Quarkus REST gives a blocking method its body as a stream the
 * worker reads chunk by chunk: the worker waits on the connection's monitor and the I/O thread wakes it
 * for each chunk and for the end, a hand-over between two threads per request. That hand-over, its
 * contended monitor on 2 busy cores, was 40 % of the I/O thread's CPU in the intake profile
 * (docs/benchmark.md, branch {@code intakejvm}). Read here, the body is already in memory when the
 * resource is called (Quarkus REST then reads it from {@code RoutingContext.body()}), and nothing else
 * changes: the same bytes reach the same JSON reader.
 *
 * <p>Only bodies that declare their length, are JSON, and are within {@code handbook.http.max-body-size}
 * (a longer declared one was refused with 413 before, by {@code OversizedRequestHandler}); uploads
 * (multipart, up to 20 MB) and bodies without a length keep the streamed read and its bounds.
 */
public class JsonBodiesInMemory {

    void register(@Observes Router router) {
        long limit = ConfigProvider.getConfig().getOptionalValue("handbook.http.max-body-size", MemorySize.class)
                .map(MemorySize::asLongValue).orElse(512 * 1024L);
        BodyHandler read = BodyHandler.create(false).setBodyLimit(limit).setPreallocateBodyBuffer(true);
        // after OversizedRequestHandler's routes (it refuses a declared length over the limit first)
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 2).handler(context -> {
            if (smallJson(context, limit)) {
                read.handle(context);
            } else {
                context.next();
            }
        });
    }

    static boolean smallJson(RoutingContext context, long limit) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        String type = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        if (length == null || type == null || !isJson(type)) {
            return false;
        }
        try {
            long declared = Long.parseLong(length.trim());
            return declared > 0 && declared <= limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** application/json and the +json types (merge-patch+json, problem+json), with or without parameters. */
    static boolean isJson(String contentType) {
        int end = contentType.indexOf(';');
        String mediaType = (end < 0 ? contentType : contentType.substring(0, end)).trim();
        return mediaType.regionMatches(true, 0, "application/", 0, "application/".length())
                && (mediaType.equalsIgnoreCase("application/json")
                || mediaType.regionMatches(true, mediaType.length() - "+json".length(), "+json", 0, "+json".length()));
    }
}
