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
     * Bytes of records the broker gathers before it answers a fetch (unless {@link #fetchMaxWait()} passes first):
     * a batch grows with the load instead of holding the one or two events the relay just published, each batch
     * paying a transaction, the per-batch statements and a fetch. 1: answer at the first record (Kafka's default).
     */
    @WithDefault("16384")
    int fetchMinBytes();

    /** The longest the broker holds a fetch for {@link #fetchMinBytes()}: an event's latency pays it at most once. */
    @WithDefault("50ms")
    Duration fetchMaxWait();
}
