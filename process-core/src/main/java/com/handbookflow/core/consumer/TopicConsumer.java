package com.handbookflow.core.consumer;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The poll loop of a service that consumes topics, on a thread of its own (notification-service's
 * scenario intake, every service's calendar feed). A polled batch is applied in one database
 * transaction; offsets are committed only after it commits (at-least-once; the handler applies each
 * event once by its id, see {@link ProcessedEvents}), at most every {@link Settings#commitEvery()}: the offsets
 * of several batches in one commit, and at once when the consumer falls idle, gives up a partition or stops.
 * A crash in between redelivers those batches, which the handler skips. A batch that sent a record to the dead-letter
 * topic is committed at once (see {@link DeadLetters} for what that topic is promised). If the transaction fails, the
 * consumer seeks back and retries with backoff; after {@link Settings#batchRetriesBeforeIsolating()} failed tries it
 * applies the records one by one and sends a record the database refuses while it answers otherwise to
 * the dead-letter topic {@code <topic>.dlq} ({@link DeadLetters}), so one bad record never stops the
 * stream. A batch that lost a race for a row to another transaction (a version changed, a deadlock) is
 * applied one by one at once, each event tried again at once on a lost race. A record the handler cannot
 * read ({@link PoisonRecordException}) goes to the dead-letter topic at once. The consumer never gives
 * up: failing outside a batch (Kafka away while it starts, a metadata timeout), it is made again after a
 * back-off. Its lag per partition and its poison records are metrics
 * ({@link ConsumerMetrics}).
 *
 * @param <E> an event read and typed from a record
 */
public final class TopicConsumer<E> {

    /** What the loop does with records; {@link #apply} runs inside the loop's transaction. */
    public interface Handler<E> {

        /**
         * The typed event, or empty when the record is not for this consumer.
         *
         * @throws PoisonRecordException when the record is for this consumer but can never be applied
         */
        Optional<E> read(ConsumerRecord<String, byte[]> record);

        /** Applies one event inside the batch's transaction (de-duplicated by the handler). */
        void apply(E event);

        /**
         * Applies a polled batch, in order, inside one transaction: a handler may override it to read
         * what the whole batch needs in one query instead of one per event.
         */
        default void applyAll(List<E> events) {
            events.forEach(this::apply);
        }

        /** The event's id, for the log of a skipped record. */
        String idOf(E event);

        /** Whether the database answers a trivial query: tells a refused record from an unreachable database. */
        boolean databaseAnswers();
    }

    /**
     * How the loop polls, commits and retries. {@code commitEvery}: the longest an applied batch's offsets wait to be
     * committed with later ones (zero: after every batch). Each commit is a request the broker writes to its offsets
     * topic and the loop waits for; redelivered records cost only the handler's check of their ids.
     */
    public record Settings(String name, String groupId, List<String> topics, Duration pollTimeout, int maxPollRecords,
                           int batchRetriesBeforeIsolating, Duration maxBackoff, Duration commitEvery, Fetching fetching) {

        public Settings {
            topics = List.copyOf(topics);
        }
    }

    /**
     * How long the broker holds a fetch to gather records: it answers once {@code minBytes} of records wait for this
     * consumer or {@code maxWait} passed, whichever comes first. With Kafka's defaults ({@link #FIRST_RECORD}) every
     * fetch returns the record or two the producer just sent, and each batch pays the loop's fixed cost (a
     * transaction, the handler's per-batch statements, a fetch); a wait lets a batch grow with the load instead: at a
     * high rate {@code minBytes} fill quickly, at a low one the batch is what arrived within {@code maxWait}, which an
     * event's latency pays at most once.
     */
    public record Fetching(int minBytes, Duration maxWait) {

        /** Kafka's defaults: the broker answers at the first record (or after 500 ms without one). */
        public static final Fetching FIRST_RECORD = new Fetching(1, Duration.ofMillis(500));

        public Fetching {
            if (minBytes < 1 || maxWait.isNegative()) {
                throw new IllegalArgumentException("fetching needs minBytes >= 1 and maxWait >= 0, not " + minBytes
                        + " and " + maxWait);
            }
        }
    }

    private static final Logger LOG = Logger.getLogger(TopicConsumer.class);
    private static final int TRIES_OF_A_LOST_RACE = 3;

    private final Map<String, Object> kafkaConfig;
    private final Settings settings;
    private final Handler<E> handler;
    private final DeadLetters deadLetters;
    private final ConsumerMetrics metrics;
    private final LongSupplier nanoTime;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean running;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private Thread worker;

    public TopicConsumer(Map<String, Object> kafkaConfig, Settings settings, Handler<E> handler,
                         DeadLetters deadLetters, ConsumerMetrics metrics) {
        this(kafkaConfig, settings, handler, deadLetters, metrics, System::nanoTime);
    }

    /**
     * {@code nanoTime}: the monotonic time {@link Settings#commitEvery()} is measured on (tests hold it still or move
     * it; the loop's waits and Kafka's own timeouts stay on the real clock).
     */
    public TopicConsumer(Map<String, Object> kafkaConfig, Settings settings, Handler<E> handler,
                         DeadLetters deadLetters, ConsumerMetrics metrics, LongSupplier nanoTime) {
        this.kafkaConfig = Map.copyOf(kafkaConfig);
        this.settings = settings;
        this.handler = handler;
        this.deadLetters = deadLetters;
        this.metrics = metrics;
        this.nanoTime = nanoTime;
    }

    public void start() {
        metrics.consuming(settings.groupId(), settings.topics());
        running = true;
        worker = new Thread(this::run, settings.name());
        worker.setDaemon(true);
        worker.start();
    }

    public void stop() {
        running = false;
        stopped.countDown();
        KafkaConsumer<String, byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        if (worker != null) {
            try {
                worker.join(Duration.ofSeconds(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        Duration restartBackoff = Duration.ofSeconds(1);
        while (running) {
            try {
                consume();
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.errorf(e, "%s failed; starting it again in %s", settings.name(), restartBackoff);
            }
            try {
                if (stopped.await(restartBackoff.toMillis(), TimeUnit.MILLISECONDS)) {
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            restartBackoff = longer(restartBackoff);
        }
    }

    private void consume() throws InterruptedException {
        try (KafkaConsumer<String, byte[]> kafka = new KafkaConsumer<>(consumerProperties(kafkaConfig, settings))) {
            consumer = kafka;
            AppliedOffsets applied = new AppliedOffsets(kafka, settings.commitEvery(), nanoTime);
            try {
                awaitTopics(kafka);
                deadLetters.ensureTopics(settings.topics());
                kafka.subscribe(settings.topics(), applied);
                pollLoop(kafka, applied);
            } finally {
                applied.commitBeforeClosing();
            }
        } catch (WakeupException e) {
            if (running) {
                throw e;
            }
        } finally {
            consumer = null;
        }
    }

    /**
     * The Kafka consumer's configuration: the service's broker settings, then this loop's own (they win over a
     * {@code kafka.*} setting of the service, which every consumer and producer of it shares).
     */
    static Map<String, Object> consumerProperties(Map<String, Object> kafkaConfig, Settings settings) {
        Map<String, Object> props = new HashMap<>(kafkaConfig);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, settings.groupId());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, settings.maxPollRecords());
        props.put(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, settings.fetching().minBytes());
        props.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, Math.toIntExact(settings.fetching().maxWait().toMillis()));
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return props;
    }

    private void pollLoop(KafkaConsumer<String, byte[]> kafka, AppliedOffsets applied) throws InterruptedException {
        Duration backoff = Duration.ofMillis(200);
        int failures = 0;
        while (running) {
            ConsumerRecords<String, byte[]> records = kafka.poll(settings.pollTimeout());
            metrics.lags(settings.groupId(), lags(kafka));
            if (records.isEmpty()) {
                applied.commit(); // idle: nothing to wait for
                continue;
            }
            try {
                int deadLettered = failures < settings.batchRetriesBeforeIsolating() ? applyBatch(records)
                        : applyOneByOne(records);
                applied.add(nextOffsets(records));
                if (deadLettered > 0) {
                    // A crash before the next commit would dead-letter the same records again: a batch that sent
                    // letters is committed at once (rare, so the extra commit costs nothing that matters).
                    applied.commit();
                } else {
                    applied.commitIfDue();
                }
                backoff = Duration.ofMillis(200);
                failures = 0;
            } catch (WakeupException e) {
                throw e;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                seekBack(kafka, records);
                if (failures < settings.batchRetriesBeforeIsolating() && TransientFailures.isLostRace(e)) {
                    // Another transaction changed a row first: the same long batch would likely lose again,
                    // one event per transaction (each retried at once on a lost race) gets through now.
                    LOG.infof("%s: batch of %d events lost a race for a row (%s); applying them one by one",
                            settings.name(), records.count(), e.getMessage());
                    failures = settings.batchRetriesBeforeIsolating();
                    continue;
                }
                LOG.warnf("%s: batch of %d events not applied (%s); retrying in %s", settings.name(),
                        records.count(), e.getMessage(), backoff);
                failures++;
                if (stopped.await(backoff.toMillis(), TimeUnit.MILLISECONDS)) {
                    return;
                }
                backoff = longer(backoff);
            }
        }
    }

    /** Returns how many records went to the dead-letter topic. */
    private int applyBatch(ConsumerRecords<String, byte[]> records) {
        List<E> events = new ArrayList<>(records.count());
        Map<ConsumerRecord<String, byte[]>, String> poison = new LinkedHashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                handler.read(record).ifPresent(events::add);
            } catch (PoisonRecordException e) {
                poison.put(record, e.getMessage());
            }
        }
        if (!events.isEmpty()) {
            QuarkusTransaction.requiringNew().run(() -> handler.applyAll(events));
        }
        // after the commit: if the batch is retried, its poison records are dead-lettered once
        poison.forEach((record, error) -> deadLetters.send(settings.groupId(), record, error));
        return poison.size();
    }

    /**
     * After repeated failures of a whole batch: each record in its own transaction, so one record the
     * database refuses (it would fail forever) is dead-lettered instead of stopping the stream.
     * If the database does not answer, or the record failed on a lost connection (a pooled connection
     * after a database restart) or a lost race (an optimistic lock), the batch fails and is retried: that
     * record is not poison. Returns how many records went to the dead-letter topic.
     */
    private int applyOneByOne(ConsumerRecords<String, byte[]> records) {
        int deadLettered = 0;
        for (ConsumerRecord<String, byte[]> record : records) {
            Optional<E> event;
            try {
                event = handler.read(record);
            } catch (PoisonRecordException e) {
                deadLetters.send(settings.groupId(), record, e.getMessage());
                deadLettered++;
                continue;
            }
            if (event.isEmpty()) {
                continue;
            }
            try {
                applyRetryingLostRaces(event.get());
            } catch (RuntimeException e) {
                if (TransientFailures.isTransient(e) || !handler.databaseAnswers()) {
                    throw e; // not this record's fault (a lost connection, a lost race): retry the batch later
                }
                LOG.errorf("%s: event %s (%s-%d@%d) is refused by the database: %s", settings.name(),
                        handler.idOf(event.get()), record.topic(), record.partition(), record.offset(), e.getMessage());
                deadLetters.send(settings.groupId(), record, "the database refuses event " + handler.idOf(event.get())
                        + ": " + rootMessage(e));
                deadLettered++;
            }
        }
        return deadLettered;
    }

    /**
     * One event in its own transaction, tried again at once when it lost a race for a row (the other transaction
     * has committed by then), at most {@value #TRIES_OF_A_LOST_RACE} times.
     */
    private void applyRetryingLostRaces(E event) {
        for (int tried = 1; ; tried++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> handler.apply(event));
                return;
            } catch (RuntimeException e) {
                if (tried >= TRIES_OF_A_LOST_RACE || !TransientFailures.isLostRace(e)) {
                    throw e;
                }
                LOG.debugf("%s: event %s lost a race for a row (%s); trying again", settings.name(), handler.idOf(event),
                        e.getMessage());
            }
        }
    }

    /** Topics are created by their producers; subscribing before they exist would wait for a metadata refresh. */
    private void awaitTopics(KafkaConsumer<String, byte[]> kafka) throws InterruptedException {
        boolean told = false;
        while (running) {
            Map<String, ?> existing = topicsOrNone(kafka);
            List<String> missing = settings.topics().stream().filter(t -> !existing.containsKey(t)).toList();
            if (missing.isEmpty()) {
                return;
            }
            if (!told) {
                LOG.infof("%s: waiting for topics %s to exist", settings.name(), missing);
                told = true;
            }
            if (stopped.await(500, TimeUnit.MILLISECONDS)) {
                return;
            }
        }
    }

    /** The topics Kafka knows; none while it is slow or away (a metadata timeout is a reason to wait). */
    private static Map<String, ?> topicsOrNone(KafkaConsumer<String, byte[]> kafka) {
        try {
            return kafka.listTopics(Duration.ofSeconds(5));
        } catch (org.apache.kafka.common.errors.TimeoutException slow) {
            return Map.of();
        }
    }

    /** Records behind each held partition's end, where the consumer knows it without asking the broker. */
    private static Map<TopicPartition, OptionalLong> lags(KafkaConsumer<String, byte[]> kafka) {
        Map<TopicPartition, OptionalLong> lags = new HashMap<>();
        for (TopicPartition partition : kafka.assignment()) {
            lags.put(partition, kafka.currentLag(partition));
        }
        return lags;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private Duration longer(Duration backoff) {
        Duration doubled = backoff.multipliedBy(2);
        return doubled.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : doubled;
    }

    private static Map<TopicPartition, OffsetAndMetadata> nextOffsets(ConsumerRecords<String, byte[]> records) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (TopicPartition partition : records.partitions()) {
            List<ConsumerRecord<String, byte[]>> list = records.records(partition);
            offsets.put(partition, new OffsetAndMetadata(list.get(list.size() - 1).offset() + 1));
        }
        return offsets;
    }

    private static void seekBack(KafkaConsumer<String, byte[]> kafka, ConsumerRecords<String, byte[]> records) {
        for (TopicPartition partition : records.partitions()) {
            Optional.of(records.records(partition)).filter(l -> !l.isEmpty())
                    .ifPresent(l -> kafka.seek(partition, l.get(0).offset()));
        }
    }
}
