package com.handbookflow.core.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The W3C trace context (https://www.w3.org/TR/trace-context/) of one act, as the text that travels:
 * {@code traceparent} and the optional vendor {@code tracestate}. It is stored with what an act leaves for
 * later (an outbox row, a webhook delivery, an obligation), so the relay, the dispatcher and the scheduler,
 * which run long after the request on threads of their own, continue or link to the act's trace.
 * Always the W3C format, whatever propagators are configured: the stored rows and the Kafka headers are a
 * contract (docs/asyncapi.yaml), not a setting.
 */
public record TraceContext(String traceparent, String tracestate) {

    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";

    private static final TextMapGetter<Map<String, String>> MAP = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    /** The context of the current span; null when there is none (no request or job in a trace). */
    public static TraceContext current() {
        return of(Context.current());
    }

    /** The context of {@code span}; null when it has no valid ids. */
    public static TraceContext of(Span span) {
        return of(Context.root().with(span));
    }

    /** As read from headers or a row: null when {@code traceparent} is absent or not a valid W3C value. */
    public static TraceContext of(String traceparent, String tracestate) {
        if (traceparent == null || traceparent.isBlank()) {
            return null;
        }
        TraceContext read = new TraceContext(traceparent.trim(), tracestate == null || tracestate.isBlank() ? null : tracestate);
        return read.spanContext().isValid() ? read : null;
    }

    private static TraceContext of(Context context) {
        Map<String, String> carrier = new HashMap<>();
        W3CTraceContextPropagator.getInstance().inject(context, carrier, Map::put);
        return of(carrier.get(TRACEPARENT), carrier.get(TRACESTATE));
    }

    /** The OpenTelemetry context whose (remote) parent span is this one. */
    public Context context() {
        Map<String, String> carrier = new HashMap<>();
        forEach(carrier::put);
        return W3CTraceContextPropagator.getInstance().extract(Context.root(), carrier, MAP);
    }

    public SpanContext spanContext() {
        return Span.fromContext(context()).getSpanContext();
    }

    /** The 32 hex digits ops grep for in the logs of every service. */
    public String traceId() {
        return spanContext().getTraceId();
    }

    /** Hands each header to {@code header}: {@code traceparent}, and {@code tracestate} when there is one. */
    public void forEach(BiConsumer<String, String> header) {
        header.accept(TRACEPARENT, traceparent);
        if (tracestate != null) {
            header.accept(TRACESTATE, tracestate);
        }
    }
}
