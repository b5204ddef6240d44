package com.handbookflow.notification.intake;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;

/** The consumer of the scenario topics. */
@ConfigMapping(prefix = "notification.consumer")
public interface ConsumerConfig {

    @WithDefault("true")
    boolean enabled();

    /** One group for all instances: Kafka spreads the partitions among them. */
    @WithDefault("notification-service")
    String groupId();

    @WithDefault("launch.node-state,complaint.node-state,project.node-state")
    List<String> topics();

    @WithDefault("500ms")
    Duration pollTimeout();

    /** Records applied per database transaction. */
    @WithDefault("200")
    int maxPollRecords();

    /** Failed tries of a whole batch before its records are applied one by one (and a refused one skipped). */
    @WithDefault("3")
    int batchRetriesBeforeIsolating();

    /** Longest pause between retries while the database refuses a batch. */
    @WithDefault("10s")
    Duration maxBackoff();

    /**
     * The longest the offsets of an applied batch wait to be committed together with later batches' (at once when
     * the consumer falls idle, gives partitions up or stops; 0: after every batch). A commit is a broker request and
     * a round trip per batch; a crash redelivers at most this much, which the consumer skips by event id.
     */
    @WithDefault("1s")
    Duration commitEvery();

    /**
     * Bytes of records the broker gathers before it answers a fetch (unless {@link #fetchMaxWait()} passes first), so
     * that a batch and its fixed cost (a transaction, the per-batch statements, a fetch) are shared by more events.
     * 1 (Kafka's default): answer at the first record. The default stays there: 16 KB within 50 ms gave no CPU gain per
     * act on 2 cores, where the consumer's own time per batch already gathers what arrives meanwhile, and added about
     * 30 ms to the event latency (docs/benchmark.md, branch eventbatch and the session's merge).
     */
    @WithDefault("1")
    int fetchMinBytes();

    /** The longest the broker holds a fetch for {@link #fetchMinBytes()}: an event's latency pays it at most once. */
    @WithDefault("500ms")
    Duration fetchMaxWait();
}
