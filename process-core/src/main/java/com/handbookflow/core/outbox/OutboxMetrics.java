package com.handbookflow.core.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The outbox as Prometheus metrics on every service ({@code /q/metrics}): the backlog and the age of
 * its oldest event (refreshed on a schedule, so a scrape never queries the database), a counter
 * of events the relay published (its rate) and the time a published batch took, from reading the rows
 * to Kafka's acknowledgement and the marking (its latency); and the events Kafka refused for good, set
 * aside until operations re-queue them (alert on any).
 */
@ApplicationScoped
public class OutboxMetrics {

    private final MeterRegistry registry;
    private final OutboxBacklog backlog;
    private final AtomicReference<OutboxBacklog.Backlog> current =
            new AtomicReference<>(new OutboxBacklog.Backlog(0, 0, 0));
    private Counter published;
    private Timer publishing;

    OutboxMetrics(MeterRegistry registry, OutboxBacklog backlog) {
        this.registry = registry;
        this.backlog = backlog;
    }

    void register(@Observes StartupEvent event) {
        Gauge.builder("handbook_outbox_unsent_events", current, c -> c.get().unsent())
                .description("Events written to the outbox and not yet acknowledged by Kafka")
                .register(registry);
        Gauge.builder("handbook_outbox_oldest_unsent_age_seconds", current, c -> c.get().oldestUnsentAgeSeconds())
                .description("Age of the oldest unsent outbox event (0 when none waits)")
                .baseUnit("seconds")
                .register(registry);
        Gauge.builder("handbook_outbox_rejected_events", current, c -> c.get().rejected())
                .description("Events Kafka refused for good (too large, invalid), set aside until re-queued")
                .register(registry);
        published = Counter.builder("handbook_outbox_published_events")
                .description("Outbox events the relay published to Kafka")
                .register(registry);
        publishing = Timer.builder("handbook_outbox_relay_publish")
                .description("Time the relay took to publish a batch: rows read, sent, acknowledged by Kafka, marked sent")
                .publishPercentileHistogram(false)
                .serviceLevelObjectives(Duration.ofMillis(50), Duration.ofMillis(250), Duration.ofSeconds(1),
                        Duration.ofSeconds(5))
                .register(registry);
        refresh();
    }

    @Scheduled(every = "${handbook.events.metrics-every:15s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        current.set(backlog.now());
    }

    /** An event was set aside: show it at once, not at the next refresh. */
    void rejected() {
        OutboxBacklog.Backlog was = current.get();
        current.set(new OutboxBacklog.Backlog(was.unsent(), was.oldestUnsentAgeSeconds(), was.rejected() + 1));
    }

    void published(int events, long elapsedNanos) {
        if (published != null && events > 0) {
            published.increment(events);
            publishing.record(elapsedNanos, TimeUnit.NANOSECONDS);
        }
    }
}
