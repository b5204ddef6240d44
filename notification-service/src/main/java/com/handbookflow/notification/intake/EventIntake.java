package com.handbookflow.notification.intake;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.handbookflow.core.event.CloudEventHeaders;
import com.handbookflow.core.event.EscalationRaised;
import com.handbookflow.core.event.EscalationTarget;
import com.handbookflow.core.event.EventTypes;
import com.handbookflow.core.event.NodeStateChanged;
import com.handbookflow.core.event.ObligationChanged;
import com.handbookflow.core.consumer.PoisonRecordException;
import com.handbookflow.core.consumer.ProcessedEvents;
import com.handbookflow.core.tracing.TraceContext;
import com.handbookflow.core.tracing.Tracing;
import com.handbookflow.notification.deadline.EscalationLevel;
import com.handbookflow.notification.deadline.NoticeComposer;
import com.handbookflow.notification.deadline.ObligationTracker;
import com.handbookflow.notification.deadline.OpenObligations;
import com.handbookflow.notification.inbox.NoticeRecorder;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;

/**
 * Reads scenario events and applies each exactly once (by its CloudEvents id, in the transaction
 * that applies it). A record of an unknown type or with an unreadable body is poison: the consumer
 * sends it to {@code <topic>.dlq} (replayable once a newer version understands it) and goes on, a
 * bad record must never stop the stream.
 */
@ApplicationScoped
public class EventIntake {

    public static final String CONSUMER = "notification-service";
    private static final Logger LOG = Logger.getLogger(EventIntake.class);
    private static final Map<String, Class<?>> TYPES = Map.of(
            EventTypes.NODE_STATE_CHANGED, NodeStateChanged.class,
            EventTypes.OBLIGATION_CHANGED, ObligationChanged.class,
            EventTypes.ESCALATION_RAISED, EscalationRaised.class);

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private final ProcessedEvents processed;
    private final ObligationTracker tracker;
    private final NoticeComposer composer;
    private final NoticeRecorder recorder;
    private final Event<NodeStateChanged> nodeChanges;
    private final jakarta.persistence.EntityManager entityManager;
    private final Tracing tracing;

    EventIntake(ProcessedEvents processed, ObligationTracker tracker, NoticeComposer composer, NoticeRecorder recorder,
                Event<NodeStateChanged> nodeChanges, jakarta.persistence.EntityManager entityManager, Tracing tracing) {
        this.tracing = tracing;
        this.entityManager = entityManager;
        this.processed = processed;
        this.tracker = tracker;
        this.composer = composer;
        this.recorder = recorder;
        this.nodeChanges = nodeChanges;
    }

    /**
     * The typed event.
     *
     * @throws PoisonRecordException when the type is unknown or the body cannot be read
     */
    public Optional<IncomingEvent> read(ConsumerRecord<String, byte[]> record) {
        String type = header(record, CloudEventHeaders.TYPE);
        Class<?> bodyType = type == null ? null : TYPES.get(type);
        if (bodyType == null) {
            throw new PoisonRecordException("unknown event type " + type);
        }
        String id = header(record, CloudEventHeaders.ID);
        if (id == null) {
            id = record.topic() + "-" + record.partition() + "@" + record.offset();
            LOG.warnf("event %s has no ce_id; de-duplicating by its position", id);
        }
        try {
            return Optional.of(new IncomingEvent(id, type, json.readValue(record.value(), bodyType), record.topic(),
                    record.partition(), record.offset(), TraceContext.of(header(record, TraceContext.TRACEPARENT),
                    header(record, TraceContext.TRACESTATE))));
        } catch (IOException | RuntimeException e) {
            throw new PoisonRecordException("body of " + type + " cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Applies the event unless it was applied before; returns whether it was new. A span of the trace in the
     * record's {@code traceparent}: the notices, webhooks and e-mails the event causes continue the act's trace.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(IncomingEvent event) {
        return applyAll(List.of(event)) == 1;
    }

    /**
     * Applies a polled batch in order, each event unless it was applied before; the open obligations
     * of the whole batch are read once (the per-event lookups were half of this service's CPU).
     * Each event is a span of the trace in its record's {@code traceparent}. Returns how many were new.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int applyAll(List<IncomingEvent> events) {
        Set<String> keys = new LinkedHashSet<>();
        for (IncomingEvent event : events) {
            if (event.body() instanceof NodeStateChanged change) {
                keys.add(ObligationTracker.sourceKey(change));
            } else if (event.body() instanceof ObligationChanged change) {
                keys.add(ObligationTracker.sourceKey(change));
            }
        }
        OpenObligations rows = tracker.lookUp(keys);
        // The batch's ids recorded in one statement; an id is applied once, at its first record in the batch.
        Set<String> fresh = processed.firstTimes(CONSUMER, events.stream().map(IncomingEvent::id).toList());
        int applied = 0;
        for (IncomingEvent event : events) {
            if (fresh.remove(event.id())) {
                applyTraced(event, rows);
                applied++;
            }
        }
        return applied;
    }

    private void applyTraced(IncomingEvent event, OpenObligations rows) {
        Span span = tracing.start("apply " + event.type(), SpanKind.CONSUMER, event.trace());
        span.setAttribute("messaging.system", "kafka");
        span.setAttribute("messaging.message.id", event.id());
        try (Scope ignored = Tracing.activate(span)) {
            dispatch(event.body(), rows);
        } finally {
            span.end();
        }
    }

    /** Whether the database answers a trivial query: tells a refused record from an unreachable database. */
    public boolean databaseAnswers() {
        try {
            return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                    entityManager.createNativeQuery("select 1").getSingleResult()) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private void dispatch(Object body, OpenObligations rows) {
        if (body instanceof NodeStateChanged change) {
            tracker.apply(change, rows);
            nodeChanges.fire(change);
        } else if (body instanceof ObligationChanged change) {
            tracker.apply(change, rows);
        } else if (body instanceof EscalationRaised raised) {
            escalateAtOnce(raised);
        }
    }

    private void escalateAtOnce(EscalationRaised raised) {
        for (String name : raised.levels() == null ? java.util.List.<String>of() : raised.levels()) {
            EscalationLevel level = EscalationLevel.fromEvent(name);
            if (level == null) {
                LOG.warnf("escalation %s names unknown level %s; skipped", raised.eventId(), name);
                continue;
            }
            recorder.record(composer.compose(raised, level));
        }
        for (EscalationTarget target : raised.targets() == null ? java.util.List.<EscalationTarget>of() : raised.targets()) {
            EscalationLevel role = target.kind() == EscalationTarget.Kind.ROLE ? EscalationLevel.fromEvent(target.code()) : null;
            if (target.kind() == null || target.code() == null || target.code().isBlank()
                    || (target.kind() == EscalationTarget.Kind.ROLE && role == null)) {
                LOG.warnf("escalation %s names an unusable target %s; skipped", raised.eventId(), target);
                continue;
            }
            recorder.record(composer.compose(raised, target, role));
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
