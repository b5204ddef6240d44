package com.handbookflow.core.outbox;

import com.handbookflow.core.consumer.ProcessedEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

import static com.handbookflow.core.testing.TopicReader.header;

/**
 * Not a test: measures commit -> record read by a consumer (the relay, Kafka and a consumer with the
 * settings of {@code TopicConsumer}) for outbox rows written by plain SQL at a steady 500 events/s (10 rows
 * per commit every 20 ms, as bin/bench's events phase). Run on demand:
 * {@code ./mvnw -o -B verify -pl process-core -Dtest=OutboxLatencyMeasurement -Dmeasure=true
 * [-Dhandbook.events.relay.listen=false] [-Dhandbook.events.relay.linger=0ms] [-Dmeasure.load=32]}; it prints
 * p50/p99. {@code measure.load} adds that many threads writing through the service's pool meanwhile (one
 * {@code processed_event} row per transaction, as fast as they can): more threads than the pool has
 * connections, as under REST load, and prints their transactions per second.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "measure", matches = "true")
class OutboxLatencyMeasurement {

    private static final String TOPIC = "test.node-state";
    private static final int ROWS_PER_COMMIT = 10;
    private static final Duration TICK = Duration.ofMillis(20);
    private static final Duration RUN = Duration.ofSeconds(20);

    @Inject
    ProcessedEvents processed;

    @Test
    void commit_to_consumed_latency_at_500_events_per_second() throws Exception {
        String run = UUID.randomUUID().toString();
        Map<String, Object> props = new HashMap<>();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "latency-" + run);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 200);
        List<Double> latencies = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props)) {
            consumer.subscribe(List.of(TOPIC));
            while (consumer.assignment().isEmpty()) {
                consumer.poll(Duration.ofMillis(100));
            }
            int loadThreads = Integer.getInteger("measure.load", 0);
            AtomicBoolean loading = new AtomicBoolean(true);
            LongAdder loadCommits = new LongAdder();
            List<Thread> load = new ArrayList<>();
            for (int i = 0; i < loadThreads; i++) {
                Thread thread = new Thread(() -> {
                    while (loading.get()) {
                        QuarkusTransaction.requiringNew().run(() -> processed.firstTime("load-" + run, UUID.randomUUID().toString()));
                        loadCommits.increment();
                    }
                }, "pool-load-" + i);
                thread.start();
                load.add(thread);
            }
            Thread writer = new Thread(() -> write(run), "latency-writer");
            writer.start();
            long end = System.nanoTime() + RUN.plusSeconds(5).toNanos();
            while (System.nanoTime() < end) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    Instant now = Instant.now();
                    if (record.key().startsWith(run)) {
                        Instant committed = Instant.parse(header(record, "ce_time"));
                        latencies.add(Duration.between(committed, now).toNanos() / 1e6);
                    }
                }
            }
            writer.join();
            loading.set(false);
            for (Thread thread : load) {
                thread.join();
            }
            if (loadThreads > 0) {
                System.out.printf("%nLOAD %d threads through the pool: %.0f transactions/s%n", loadThreads,
                        loadCommits.sum() / (double) RUN.plusSeconds(5).toSeconds());
            }
        }
        latencies.sort(null);
        System.out.printf("%nLATENCY commit -> consumed, %d events at %d/s: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n%n",
                latencies.size(), ROWS_PER_COMMIT * 1000 / TICK.toMillis(), percentile(latencies, 0.50),
                percentile(latencies, 0.99), latencies.isEmpty() ? 0 : latencies.get(latencies.size() - 1));
    }

    /** Rows stamped with the commit's own clock (occurred_at = clock_timestamp() just before the commit). */
    private void write(String run) {
        String sql = """
                insert into outbox_event (event_id, topic, aggregate_type, aggregate_id, event_type, subject, occurred_at, payload)
                select gen_random_uuid(), ?, 'test', ? || '-' || i, 'com.handbookflow.test.note', 'note', clock_timestamp(),
                       cast('{"text": "measurement"}' as jsonb)
                from generate_series(1, ?) i""";
        try (Connection connection = ScriptConnection.open(); PreparedStatement insert = connection.prepareStatement(sql)) {
            connection.setAutoCommit(true);
            long start = System.nanoTime();
            for (long tick = 0; System.nanoTime() - start < RUN.toNanos(); tick++) {
                insert.setString(1, TOPIC);
                insert.setString(2, run);
                insert.setInt(3, ROWS_PER_COMMIT);
                insert.executeUpdate();
                long next = start + (tick + 1) * TICK.toNanos();
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static double percentile(List<Double> sorted, double p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }
}
