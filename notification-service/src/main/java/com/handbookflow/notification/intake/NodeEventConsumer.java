package com.handbookflow.notification.intake;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The poll loop over the scenario topics, on a thread of its own. A polled batch is applied in one
 * database transaction; offsets are committed only after it commits (at-least-once, and the
 * idempotent apply makes a redelivery harmless). If the transaction fails, the consumer seeks back
 * and retries the batch with backoff.
 */
@ApplicationScoped
public class NodeEventConsumer {

    private static final Logger LOG = Logger.getLogger(NodeEventConsumer.class);

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @Inject
    ConsumerConfig config;

    @Inject
    EventIntake intake;

    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean running;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private Thread worker;

    void onStart(@Observes StartupEvent event) {
        if (!config.enabled()) {
            LOG.info("scenario event consumer disabled (notification.consumer.enabled=false)");
            return;
        }
        running = true;
        worker = new Thread(this::run, "node-event-consumer");
        worker.setDaemon(true);
        worker.start();
    }

    void onStop(@Observes ShutdownEvent event) {
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

    /**
     * Consumes until the service stops. The consumer never gives up: if it fails outside a batch (Kafka
     * slow or away while it starts, a metadata timeout, an unexpected error), it is closed and made
     * again after a back-off, so the service never keeps running with its intake silently dead.
     */
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
                LOG.errorf(e, "scenario event consumer failed; starting it again in %s", restartBackoff);
            }
            try {
                if (stopped.await(restartBackoff.toMillis(), TimeUnit.MILLISECONDS)) {
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            restartBackoff = restartBackoff.multipliedBy(2).compareTo(config.maxBackoff()) > 0
                    ? config.maxBackoff() : restartBackoff.multipliedBy(2);
        }
    }

    private void consume() throws InterruptedException {
        Map<String, Object> props = new HashMap<>(kafkaConfig);
        props.put(org.apache.kafka.clients.consumer.ConsumerConfig.GROUP_ID_CONFIG, config.groupId());
        props.put(org.apache.kafka.clients.consumer.ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(org.apache.kafka.clients.consumer.ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(org.apache.kafka.clients.consumer.ConsumerConfig.MAX_POLL_RECORDS_CONFIG, config.maxPollRecords());
        props.put(org.apache.kafka.clients.consumer.ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(org.apache.kafka.clients.consumer.ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        Duration backoff = Duration.ofMillis(200);
        int failures = 0;
        try (KafkaConsumer<String, byte[]> kafka = new KafkaConsumer<>(props)) {
            consumer = kafka;
            awaitTopics(kafka);
            kafka.subscribe(config.topics());
            while (running) {
                ConsumerRecords<String, byte[]> records = kafka.poll(config.pollTimeout());
                if (records.isEmpty()) {
                    continue;
                }
                try {
                    if (failures < config.batchRetriesBeforeIsolating()) {
                        applyBatch(records);
                    } else {
                        applyOneByOne(records);
                    }
                    kafka.commitSync(nextOffsets(records));
                    backoff = Duration.ofMillis(200);
                    failures = 0;
                } catch (WakeupException e) {
                    throw e;
                } catch (RuntimeException e) {
                    if (!running) {
                        return;
                    }
                    LOG.warnf("batch of %d events not applied (%s); retrying in %s", records.count(), e.getMessage(), backoff);
                    failures++;
                    seekBack(kafka, records);
                    if (stopped.await(backoff.toMillis(), TimeUnit.MILLISECONDS)) {
                        return;
                    }
                    backoff = backoff.multipliedBy(2).compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : backoff.multipliedBy(2);
                }
            }
        } catch (WakeupException e) {
            if (running) {
                throw e;
            }
        } finally {
            consumer = null;
        }
    }

    private void applyBatch(ConsumerRecords<String, byte[]> records) {
        List<IncomingEvent> events = new ArrayList<>(records.count());
        for (ConsumerRecord<String, byte[]> record : records) {
            intake.read(record).ifPresent(events::add);
        }
        if (!events.isEmpty()) {
            QuarkusTransaction.requiringNew().run(() -> events.forEach(intake::apply));
        }
    }

    /**
     * After repeated failures of a whole batch: each record in its own transaction, so one record the
     * database refuses (it would fail forever) is logged and skipped instead of stopping the stream.
     * If the database does not answer at all, the batch fails and is retried.
     */
    private void applyOneByOne(ConsumerRecords<String, byte[]> records) {
        for (ConsumerRecord<String, byte[]> record : records) {
            Optional<IncomingEvent> event = intake.read(record);
            if (event.isEmpty()) {
                continue;
            }
            try {
                QuarkusTransaction.requiringNew().run(() -> intake.apply(event.get()));
            } catch (RuntimeException e) {
                if (!intake.databaseAnswers()) {
                    throw e; // not this record's fault: retry the batch later
                }
                LOG.errorf("skipping event %s (%s-%d@%d): the database refuses it: %s", event.get().id(),
                        record.topic(), record.partition(), record.offset(), e.getMessage());
            }
        }
    }

    /** Topics are created by their producers; subscribing before they exist would wait for a metadata refresh. */
    private void awaitTopics(KafkaConsumer<String, byte[]> kafka) throws InterruptedException {
        boolean told = false;
        while (running) {
            Map<String, ?> existing = topicsOrNone(kafka);
            List<String> missing = config.topics().stream().filter(t -> !existing.containsKey(t)).toList();
            if (missing.isEmpty()) {
                return;
            }
            if (!told) {
                LOG.infof("waiting for topics %s to exist", missing);
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
