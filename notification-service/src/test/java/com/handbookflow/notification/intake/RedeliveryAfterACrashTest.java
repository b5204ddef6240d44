package com.handbookflow.notification.intake;

import com.handbookflow.core.consumer.ConsumerMetrics;
import com.handbookflow.core.consumer.DeadLetters;
import com.handbookflow.core.consumer.TopicConsumer;
import com.handbookflow.core.event.CloudEventHeaders;
import com.handbookflow.core.event.NodeStateChanged;
import com.handbookflow.core.outbox.KafkaClients;
import com.handbookflow.core.testing.MutableClock;
import com.handbookflow.core.testing.TopicReader;
import com.handbookflow.notification.NotificationLedger;
import com.handbookflow.notification.ScenarioEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.common.annotation.Identifier;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import static com.handbookflow.notification.ScenarioEvents.shanghai;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The service's consumer commits the offsets of applied batches at most every {@code commit-every}: an instance that
 * dies in between has applied batches whose offsets Kafka never heard of. The instance that takes its partition over
 * reads them again, and each event still counts once: no obligation opened twice, no notice told twice. A batch that
 * sent a record to the dead-letter topic is committed at once, so the takeover does not dead-letter it again.
 * <p>
 * On the real broker and database, with the service's own intake, dead-letter topic and {@code TopicConsumer}, on a
 * topic and in a group of the test's own. "Dies": the first instance stops dead in its next batch (at a record the
 * test names) and never polls, commits or reads again; the group gives its partition to the second instance once
 * the first misses its poll deadline, as it would after a crash. The commit window runs on the test's time, which
 * stands still unless a test moves it: no commit falls due by itself.
 */
@QuarkusTest
class RedeliveryAfterACrashTest {

    /** Events per poll: the first batch is exactly the events a test sends before the record the instance dies at. */
    private static final int BATCH = 3;
    private static final Duration WITHIN = Duration.ofSeconds(60);

    @Inject
    EventIntake intake;

    @Inject
    DeadLetters deadLetters;

    @Inject
    ConsumerMetrics consumerMetrics;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @Inject
    NotificationLedger ledger;

    @Inject
    MutableClock clock;

    private final String topic = "redelivery-test-" + UUID.randomUUID();
    private final String group = "redelivery-test-" + UUID.randomUUID();
    /** The monotonic time the consumers measure their commit window on. */
    private final AtomicLong nanoTime = new AtomicLong();
    private final List<Instance> instances = new ArrayList<>();
    private ScenarioEvents events;

    @BeforeEach
    void setUp() {
        clock.setShanghai("2026-03-02T09:00");
        given().contentType(ContentType.JSON)
                .body(Map.of("nameZh", "产品部", "nameEn", "Product", "head", "u2001", "leaderInCharge", "u3001"))
                .put("/api/v1/departments/{code}", "product").then().statusCode(200);
        KafkaClients.createTopics(kafkaConfig, Duration.ofSeconds(30), List.of(topic), 1, (short) 1);
        events = new ScenarioEvents(topic);
    }

    @AfterEach
    void tearDown() {
        instances.forEach(Instance::release);
        instances.forEach(instance -> instance.loop.stop());
        events.close();
    }

    @Test
    void an_instance_that_dies_before_committing_has_its_batch_redelivered_and_each_event_applied_once() {
        UUID complaint = UUID.randomUUID();
        NodeStateChanged plan = ScenarioEvents.activated(complaint, "TS20260302-8101", "PLAN", "product", "u8101",
                shanghai("2026-03-02T09:00"), shanghai("2026-03-05T18:00"), "P3WD");
        UUID major = UUID.randomUUID();
        events.send(plan);
        events.send(ScenarioEvents.completed(plan, shanghai("2026-03-02T10:00")));
        events.send(ScenarioEvents.majorComplaint(major, "TS20260302-8102", "product", shanghai("2026-03-02T09:05")));
        UUID next = UUID.randomUUID();
        NodeStateChanged nextEvent = nextCase(next, "TS20260302-8103");
        events.send(nextEvent);

        Instance first = instance(diesAt(nextEvent));
        first.awaitDeath();
        assertEquals(List.of("PLAN:CLOSED"), ledger.obligations(complaint), "the first instance applied its batch");
        assertEquals(List.of("ESCALATION DEPARTMENT_HEAD u2001", "ESCALATION LEADER_IN_CHARGE u3001"),
                ledger.notices(major));
        assertEquals(Optional.empty(), committedOffset(), "within the commit window: Kafka has no offset of the group");

        Instance second = instance(record -> { });
        await().atMost(WITHIN).until(() -> ledger.obligations(next).equals(List.of("PLAN:OPEN")));

        assertEquals(List.of(0L, 1L, 2L, 3L), second.offsetsRead.subList(0, 4),
                "the second instance read the first one's applied batch again");
        assertEquals(List.of("PLAN:CLOSED"), ledger.obligations(complaint),
                "the redelivered activation did not open the plan again");
        assertEquals(List.of("ESCALATION DEPARTMENT_HEAD u2001", "ESCALATION LEADER_IN_CHARGE u3001"),
                ledger.notices(major), "nobody was told twice");
        await().atMost(WITHIN).until(() -> committedOffset().equals(Optional.of(4L)));
    }

    @Test
    void once_the_commit_window_has_passed_the_next_batch_commits_everything_before_it() {
        List<NodeStateChanged> opened = new ArrayList<>();
        for (int i = 0; i < 2 * BATCH; i++) {
            opened.add(nextCase(UUID.randomUUID(), "TS20260302-82" + i));
        }
        opened.forEach(events::send);
        UUID next = UUID.randomUUID();
        NodeStateChanged nextEvent = nextCase(next, "TS20260302-8299");
        events.send(nextEvent);

        String secondBatch = opened.get(BATCH).eventId().toString();
        Instance first = instance(diesAt(nextEvent).andThen(record -> {
            if (secondBatch.equals(TopicReader.header(record, CloudEventHeaders.ID))) {
                nanoTime.addAndGet(Duration.ofMillis(1001).toNanos()); // the second batch comes just after the window
            }
        }));
        first.awaitDeath();
        assertEquals(Optional.of((long) 2 * BATCH), committedOffset(),
                "both batches committed together, after the second");

        Instance second = instance(record -> { });
        await().atMost(WITHIN).until(() -> ledger.obligations(next).equals(List.of("PLAN:OPEN")));
        assertEquals(2L * BATCH, second.offsetsRead.get(0), "only what the first instance had not committed is read again");
        opened.forEach(change -> assertEquals(List.of("PLAN:OPEN"), ledger.obligations(change.instanceId())));
    }

    @Test
    void a_poison_record_is_dead_lettered_once_though_its_instance_dies_in_the_commit_window() {
        UUID complaint = UUID.randomUUID();
        NodeStateChanged plan = nextCase(complaint, "TS20260302-8301");
        String poison = UUID.randomUUID().toString();
        events.send(plan);
        events.send(plan, "com.handbookflow.process.something-newer", poison);
        events.send(ScenarioEvents.completed(plan, shanghai("2026-03-02T10:00")));
        UUID next = UUID.randomUUID();
        NodeStateChanged nextEvent = nextCase(next, "TS20260302-8302");
        events.send(nextEvent);

        Instance first = instance(diesAt(nextEvent));
        first.awaitDeath();
        assertEquals(Optional.of((long) BATCH), committedOffset(),
                "the batch that dead-lettered a record was committed at once, the window notwithstanding");

        Instance second = instance(record -> { });
        await().atMost(WITHIN).until(() -> ledger.obligations(next).equals(List.of("PLAN:OPEN")));
        assertFalse(second.offsetsRead.contains(1L), "the poison record was not delivered again");
        List<ConsumerRecord<String, String>> letters = deadLettersOfThisTopic();
        assertEquals(1, letters.size(), "one letter");
        ConsumerRecord<String, String> letter = letters.get(0);
        assertEquals(poison, TopicReader.header(letter, CloudEventHeaders.ID));
        assertEquals(List.of(topic, "0", "1", group), List.of(TopicReader.header(letter, DeadLetters.ORIGINAL_TOPIC),
                TopicReader.header(letter, DeadLetters.ORIGINAL_PARTITION),
                TopicReader.header(letter, DeadLetters.ORIGINAL_OFFSET),
                TopicReader.header(letter, DeadLetters.CONSUMER_GROUP)), "the letter's identity: where it was read");
        assertEquals(List.of("PLAN:CLOSED"), ledger.obligations(complaint));
    }

    private static NodeStateChanged nextCase(UUID instance, String number) {
        return ScenarioEvents.activated(instance, number, "PLAN", "product", "u8100", shanghai("2026-03-02T09:00"),
                shanghai("2026-03-05T18:00"), "P3WD");
    }

    /** What an instance does on reading a record: here, dying at this event (it stops and never goes on). */
    private Consumer<ConsumerRecord<String, byte[]>> diesAt(NodeStateChanged event) {
        String id = event.eventId().toString();
        return record -> {
            if (id.equals(TopicReader.header(record, CloudEventHeaders.ID))) {
                throw new Death();
            }
        };
    }

    /** Starts one more instance of the service's consumer in the test's group. */
    private Instance instance(Consumer<ConsumerRecord<String, byte[]>> onRead) {
        Map<String, Object> config = new HashMap<>(kafkaConfig);
        // The deadline after which the group gives a silent member's partitions to the others; a killed process's
        // session ends likewise (session.timeout.ms), only later.
        config.put(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, 5000);
        Instance instance = new Instance(config, onRead);
        instances.add(instance);
        instance.loop.start();
        return instance;
    }

    /** The offset Kafka holds for the test's group on its topic's only partition. */
    private Optional<Long> committedOffset() {
        Map<String, Object> props = new HashMap<>(kafkaConfig);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000);
        try (Admin admin = Admin.create(props)) {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
            return Optional.ofNullable(offsets.get(new TopicPartition(topic, 0))).map(OffsetAndMetadata::offset);
        } catch (Exception e) {
            throw new IllegalStateException("could not read the group's offsets", e);
        }
    }

    /** Every record on the test topic's dead-letter topic, up to its end. */
    private List<ConsumerRecord<String, String>> deadLettersOfThisTopic() {
        Map<String, Object> props = new HashMap<>(kafkaConfig);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        try (KafkaConsumer<String, String> reader = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = reader.partitionsFor(DeadLetters.topicOf(topic)).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            reader.assign(partitions);
            reader.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = reader.endOffsets(partitions);
            List<ConsumerRecord<String, String>> letters = new ArrayList<>();
            long deadline = System.nanoTime() + WITHIN.toNanos();
            while (partitions.stream().anyMatch(p -> reader.position(p) < ends.get(p))) {
                assertTrue(System.nanoTime() < deadline, "the dead-letter topic could not be read to its end");
                reader.poll(Duration.ofMillis(200)).forEach(letters::add);
            }
            return letters;
        }
    }

    /** Thrown where an instance dies: caught by its handler, which then never returns (until the test ends). */
    private static final class Death extends RuntimeException {
    }

    /**
     * One instance of the service's consumer: the service's intake behind a handler that notes the offsets it reads
     * and, at the record it dies at, stops its loop's thread for good (until the test releases it at its end).
     */
    private final class Instance implements TopicConsumer.Handler<IncomingEvent> {

        final List<Long> offsetsRead = new CopyOnWriteArrayList<>();
        final TopicConsumer<IncomingEvent> loop;
        private final Consumer<ConsumerRecord<String, byte[]>> onRead;
        private final CountDownLatch dead = new CountDownLatch(1);
        private final CountDownLatch released = new CountDownLatch(1);

        Instance(Map<String, Object> config, Consumer<ConsumerRecord<String, byte[]>> onRead) {
            this.onRead = onRead;
            this.loop = new TopicConsumer<>(config, new TopicConsumer.Settings("redelivery-test", group, List.of(topic),
                    Duration.ofMillis(200), BATCH, 3, Duration.ofSeconds(1), Duration.ofSeconds(1),
                    TopicConsumer.Fetching.FIRST_RECORD), this, deadLetters,
                    consumerMetrics, nanoTime::get);
        }

        @Override
        public Optional<IncomingEvent> read(ConsumerRecord<String, byte[]> record) {
            try {
                onRead.accept(record);
            } catch (Death death) {
                dead.countDown();
                try {
                    released.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return Optional.empty(); // the test is over
            }
            offsetsRead.add(record.offset());
            return intake.read(record);
        }

        @Override
        public void apply(IncomingEvent event) {
            intake.apply(event);
        }

        @Override
        public void applyAll(List<IncomingEvent> events) {
            intake.applyAll(events);
        }

        @Override
        public String idOf(IncomingEvent event) {
            return event.id();
        }

        @Override
        public boolean databaseAnswers() {
            return intake.databaseAnswers();
        }

        void awaitDeath() {
            try {
                assertTrue(dead.await(WITHIN.toSeconds(), TimeUnit.SECONDS), "the instance reached the record it dies at");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        void release() {
            released.countDown();
        }
    }
}
