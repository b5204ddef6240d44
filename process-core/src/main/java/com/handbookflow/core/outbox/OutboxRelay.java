package com.handbookflow.core.outbox;

import com.handbookflow.core.housekeeping.Purge;
import com.handbookflow.core.event.CloudEventHeaders;
import com.handbookflow.core.tracing.TraceContext;
import com.handbookflow.core.tracing.Tracing;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Publishes outbox rows to Kafka as CloudEvents (binary mode), in {@code seq} order, and marks them
 * sent. One relay at a time per database (a session-level advisory lock held on a connection of its own,
 * outside the pool: {@link RelayConnection}), so the order per instance holds with several service
 * instances running; if that connection drops, the lock goes with it and the relay that takes it next
 * (this one once connected again, or another instance's) publishes from the oldest unsent row. No
 * transaction is open while the relay waits for Kafka: the rows are read, and later marked, each in a
 * statement of its own on that connection. A batch is marked sent only after Kafka
 * acknowledged all of it ({@code acks=all}, idempotent producer); if Kafka is unreachable the batch
 * stays unsent and is retried with backoff: nothing committed is lost, duplicates are possible and
 * consumers de-duplicate by {@code ce_id}. A row Kafka refuses for good (larger than it accepts, or
 * invalid) is set aside with the reason instead, so it cannot hold back every later event.
 * The relay is woken after this JVM's commits ({@link #wake()}), by the commits of any other writer on its
 * database ({@link OutboxNotifications}), and by another instance whose commits found the lock taken; its
 * poll is the fallback for a wake-up missed.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /**
     * A statement of the relay unanswered this long means a connection lost without a word (a batch of rows
     * is read in milliseconds): the connection is dropped and made again rather than wait for TCP to tell.
     */
    private static final int STATEMENT_SOCKET_TIMEOUT_SECONDS = 30;

    @Inject
    EntityManager entityManager;

    @Inject
    EventsConfig config;

    @Inject
    Clock clock;

    @Inject
    OutboxMetrics metrics;

    @Inject
    Tracing tracing;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @Inject
    DedicatedConnections connections;

    private final Semaphore wakeups = new Semaphore(0);
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean running;
    /** False after a failed batch (Kafka or the relay's database connection away) until one succeeds. */
    private volatile boolean publishing = true;
    /** This JVM committed outbox rows since the last batch began (their commits notify no other relay). */
    private volatile boolean ownCommits;
    private Thread worker;
    private OutboxNotifications notifications;
    /** Made by the first batch; used by the worker thread only (and closed after it stopped). */
    private RelayConnection database;
    private KafkaProducer<String, byte[]> producer;
    private boolean topicsCreated;

    void onStart(@Observes StartupEvent event) {
        if (!config.relay().enabled()) {
            LOG.info("outbox relay disabled (handbook.events.relay.enabled=false)");
            return;
        }
        running = true;
        worker = new Thread(this::run, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
        if (config.relay().listen()) {
            notifications = new OutboxNotifications(() -> connections.open("outbox-relay-listener", null), this::heard,
                    config.relay().maxBackoff());
            notifications.start();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
        stopped.countDown();
        if (notifications != null) {
            notifications.stop();
        }
        wake();
        if (worker != null) {
            try {
                worker.join(Duration.ofSeconds(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (database != null) {
            database.close();
        }
        closeProducer();
    }

    /** The connection on which this relay holds the lock and reads and marks its batches. */
    private RelayConnection relayConnection() {
        return new RelayConnection(() -> connections.open("outbox-relay", STATEMENT_SOCKET_TIMEOUT_SECONDS));
    }

    /** Called after a commit of this JVM that appended events: publish now instead of at the next poll. */
    public void wake() {
        ownCommits = true;
        heard();
    }

    /** A commit of another writer was heard (or may have gone unheard): publish now. */
    private void heard() {
        if (wakeups.availablePermits() == 0) {
            wakeups.release();
        }
    }

    private void run() {
        Duration backoff = Duration.ofMillis(100);
        while (running) {
            try {
                ensureTopics();
                long began = System.nanoTime();
                int published = publishBatch();
                metrics.published(published, System.nanoTime() - began);
                if (!publishing) {
                    LOG.info("outbox relay resumed");
                    publishing = true;
                }
                backoff = Duration.ofMillis(100);
                if (published < config.relay().batchSize()) {
                    boolean woken = wakeups.tryAcquire(config.relay().pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                    if (woken && !config.relay().linger().isZero()) {
                        // The commits of the next few milliseconds join this batch: one read, one produce
                        // request and one marking for several acts instead of one each (bin/bench measures it).
                        stopped.await(config.relay().linger().toMillis(), TimeUnit.MILLISECONDS);
                    }
                    wakeups.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                if (publishing) {
                    LOG.warnf("outbox relay cannot publish (%s); unsent events stay in the outbox and are retried",
                            rootMessage(e));
                    publishing = false;
                }
                closeProducer();
                try {
                    stopped.await(backoff.toMillis(), TimeUnit.MILLISECONDS);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
                backoff = min(backoff.multipliedBy(2), config.relay().maxBackoff());
            }
        }
    }

    /**
     * Publishes one batch if this relay holds the lock; returns how many rows it took (sent or set aside).
     * No transaction is open meanwhile: the rows are read, then marked once Kafka acknowledged them, each
     * in one statement on the connection that holds the lock.
     */
    int publishBatch() {
        boolean passOn = ownCommits;
        ownCommits = false;
        try {
            return publishBatch(passOn);
        } catch (RuntimeException e) {
            // e.g. the lock's connection dropped: the next try, after the backoff, may find another relay
            // holding the lock, and must still tell it of these commits
            if (passOn) {
                ownCommits = true;
            }
            throw e;
        }
    }

    private int publishBatch(boolean passOn) {
        if (database == null) {
            database = relayConnection();
        }
        if (!database.lock()) {
            if (passOn && config.relay().listen()) {
                // Another instance's relay is publishing: this JVM's commits notified nobody (migration
                // V0_12), so it is told here, once per wake-up, not by every act's commit.
                database.wakeHolder();
            }
            return 0;
        }
        List<RelayConnection.Unsent> batch = database.unsent(config.relay().batchSize());
        if (batch.isEmpty()) {
            return 0;
        }
        KafkaProducer<String, byte[]> kafka = producer();
        // Metadata first: a send that waits for metadata can fail while a later one succeeds,
        // which would put a younger event before an older one on the topic.
        batch.stream().map(RelayConnection.Unsent::topic).distinct().forEach(kafka::partitionsFor);
        List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
        for (RelayConnection.Unsent row : batch) {
            Future<RecordMetadata> ack = kafka.send(toRecord(row));
            acks.add(ack);
            if (ack.isDone()) {
                // failed at once for a reason that may pass: this throws, and nothing after it is sent
                awaitAll(List.of(row), List.of(ack));
            }
        }
        kafka.flush();
        Map<RelayConnection.Unsent, String> refused = awaitAll(batch, acks);
        Instant now = clock.instant();
        refused.forEach((row, reason) -> setAside(row, reason, now));
        List<Long> sent = batch.stream().filter(row -> !refused.containsKey(row)).map(RelayConnection.Unsent::seq).toList();
        database.markSent(sent, now);
        return batch.size();
    }

    /**
     * Deletes rows sent longer ago than the retention, in bounded batches. No index names sent_at (migration V0_16:
     * the mark is a HOT update), so the purge walks the primary key up to the relay's position as it was a retention
     * ago, which each run records ({@code outbox_relay_checkpoint}): every row up to it was sent or set aside by then.
     * A row sent after that checkpoint is deleted by a later run, at most a run's period later. Until one checkpoint
     * is a retention old, the oldest serves (the one migration V0_16 wrote, for the rows sent before it).
     */
    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeSent() {
        purge();
    }

    /** One purge run; returns how many rows it deleted. */
    long purge() {
        Instant now = clock.instant();
        Instant cutoff = now.minus(config.relay().retention());
        long bound = QuarkusTransaction.requiringNew().call(() -> {
            entityManager.createNativeQuery("""
                    insert into outbox_relay_checkpoint (at, seq) select :now, seq from outbox_relay_position
                    on conflict (at) do nothing""").setParameter("now", now).executeUpdate();
            long upTo = ((Number) entityManager.createNativeQuery("""
                    select coalesce((select seq from outbox_relay_checkpoint where at <= :cutoff order by at desc limit 1),
                                    (select seq from outbox_relay_checkpoint order by at limit 1))""")
                    .setParameter("cutoff", cutoff).getSingleResult()).longValue();
            entityManager.createNativeQuery("""
                    delete from outbox_relay_checkpoint
                    where at < (select max(at) from outbox_relay_checkpoint where at <= :cutoff)""")
                    .setParameter("cutoff", cutoff).executeUpdate();
            return upTo;
        });
        // sent_at is null for unsent and rejected rows: "null < cutoff" is not true, so they are never purged
        return Purge.olderThanUpTo(entityManager, "outbox_event", "seq", bound, "sent_at", cutoff);
    }

    private ProducerRecord<String, byte[]> toRecord(RelayConnection.Unsent row) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(row.topic(), row.aggregateId(),
                row.payload().getBytes(StandardCharsets.UTF_8));
        header(record, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        header(record, CloudEventHeaders.ID, row.eventId().toString());
        header(record, CloudEventHeaders.SOURCE, config.source());
        header(record, CloudEventHeaders.TYPE, row.eventType());
        header(record, CloudEventHeaders.SUBJECT, row.subject());
        header(record, CloudEventHeaders.TIME, row.occurredAt().toString());
        header(record, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        traceHeaders(row, record);
        return record;
    }

    /**
     * The publish is a span of the act's trace (a new trace for a row written outside one); its context
     * travels in the W3C headers {@code traceparent} and {@code tracestate} (docs/asyncapi.yaml).
     */
    private void traceHeaders(RelayConnection.Unsent row, ProducerRecord<String, byte[]> record) {
        Span span = tracing.start("publish " + row.topic(), SpanKind.PRODUCER, row.trace());
        span.setAttribute("messaging.system", "kafka");
        span.setAttribute("messaging.destination.name", row.topic());
        span.setAttribute("messaging.message.id", row.eventId().toString());
        TraceContext published = TraceContext.of(span);
        if (published != null) {
            published.forEach((name, value) -> header(record, name, value));
        }
        span.end();
    }

    private static void header(ProducerRecord<?, ?> record, String name, String value) {
        if (value != null) {
            record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
        }
    }

    /**
     * Kafka will never accept this row as it is: retrying would hold back every later event of the
     * service (the relay publishes in order), so the row is set aside with Kafka's reason, counted and
     * alerted on ({@code handbook_outbox_rejected_events}); operations fix the cause and re-queue it
     * (docs/running.md).
     */
    private void setAside(RelayConnection.Unsent row, String reason, Instant now) {
        LOG.errorf("outbox event %s (%s, seq %d, %d bytes) refused by Kafka for good and set aside: %s",
                row.eventId(), row.eventType(), row.seq(), row.payload().getBytes(StandardCharsets.UTF_8).length, reason);
        database.setAside(row.seq(), reason, now);
        metrics.rejected();
    }

    /**
     * Kafka's reason when it refused a record for good (larger than the producer or the topic allows,
     * or invalid: no retry can succeed); null for a failure that may pass (broker away, timeout).
     */
    private static String refusal(Throwable failure) {
        return failure instanceof RecordTooLargeException || failure instanceof InvalidRecordException
                ? failure.getClass().getSimpleName() + ": " + failure.getMessage()
                : null;
    }

    /** Waits for every acknowledgement; returns the rows Kafka refused for good, throws on any other failure. */
    private Map<RelayConnection.Unsent, String> awaitAll(List<RelayConnection.Unsent> rows, List<Future<RecordMetadata>> acks) {
        Map<RelayConnection.Unsent, String> refused = new LinkedHashMap<>();
        long deadline = System.nanoTime() + config.relay().sendTimeout().toNanos();
        try {
            for (int i = 0; i < acks.size(); i++) {
                try {
                    acks.get(i).get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                } catch (ExecutionException e) {
                    String reason = refusal(e.getCause());
                    if (reason == null) {
                        throw e;
                    }
                    refused.put(rows.get(i), reason);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing", e);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Kafka did not acknowledge the batch: " + rootMessage(e), e);
        }
        return refused;
    }

    private synchronized KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            String clientId = String.valueOf(kafkaConfig.getOrDefault(ProducerConfig.CLIENT_ID_CONFIG,
                    "outbox-relay-" + config.source().replace('/', '-')));
            // Idempotence keeps the order within a partition with up to 5 requests in flight.
            producer = KafkaClients.acknowledgedProducer(kafkaConfig, config.relay().sendTimeout(), clientId, Map.of(
                    ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5,
                    ProducerConfig.LINGER_MS_CONFIG, 5));
        }
        return producer;
    }

    private synchronized void closeProducer() {
        KafkaClients.closeQuietly(producer);
        producer = null;
    }

    /** Creates this service's topics once Kafka answers; an existing topic is fine. */
    void ensureTopics() {
        if (topicsCreated) {
            return;
        }
        Set<String> topics = new LinkedHashSet<>();
        topics.add(config.topic());
        config.createTopics().ifPresent(topics::addAll);
        KafkaClients.createTopics(kafkaConfig, config.relay().sendTimeout(), topics, config.partitions(),
                config.replicationFactor());
        topicsCreated = true;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
