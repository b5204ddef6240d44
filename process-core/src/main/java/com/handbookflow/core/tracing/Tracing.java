package com.handbookflow.core.tracing;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.MDC;

import java.util.Collection;
import java.util.Objects;

/**
 * Spans of the work that runs outside a request (the outbox relay, the Kafka consumer, the webhook
 * dispatcher, the deadline scheduler): quarkus-opentelemetry traces REST requests by itself, but these
 * threads pick up an act's trace from what the act stored ({@link TraceContext}). Whether spans are
 * exported is configuration (docs/running.md); the ids propagate either way.
 */
@ApplicationScoped
public class Tracing {

    /** The MDC keys quarkus-opentelemetry sets on request threads; the console format prints them. */
    static final String TRACE_ID = "traceId";
    static final String SPAN_ID = "spanId";

    private final Tracer tracer;

    Tracing(OpenTelemetry openTelemetry) {
        this.tracer = openTelemetry.getTracer("com.handbookflow");
    }

    /** A span continuing {@code parent}'s trace; a new trace when there is no parent. */
    public Span start(String name, SpanKind kind, TraceContext parent) {
        SpanBuilder span = tracer.spanBuilder(name).setSpanKind(kind);
        return (parent == null ? span.setNoParent() : span.setParent(parent.context())).startSpan();
    }

    /**
     * A new trace linked to the traces that caused it: work started by the clock (a reminder, a digest)
     * belongs to no request, yet ops follow the link back to the act that created the obligation.
     */
    public Span startLinked(String name, Collection<TraceContext> causes) {
        SpanBuilder span = tracer.spanBuilder(name).setSpanKind(SpanKind.INTERNAL).setNoParent();
        causes.stream().filter(Objects::nonNull).distinct().forEach(cause -> span.addLink(cause.spanContext()));
        return span.startSpan();
    }

    /**
     * Makes {@code span} current on this thread until the scope closes, its ids in the log MDC: on the
     * relay's and the consumer's own threads nothing else puts them there.
     */
    public static Scope activate(Span span) {
        Object traceId = MDC.get(TRACE_ID);
        Object spanId = MDC.get(SPAN_ID);
        Scope scope = span.makeCurrent();
        MDC.put(TRACE_ID, span.getSpanContext().getTraceId());
        MDC.put(SPAN_ID, span.getSpanContext().getSpanId());
        return () -> {
            restore(TRACE_ID, traceId);
            restore(SPAN_ID, spanId);
            scope.close();
        };
    }

    private static void restore(String key, Object value) {
        if (value == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, value);
        }
    }
}
