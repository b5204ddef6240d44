package com.handbookflow.core.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Where a service's events go and how the outbox relay behaves. */
@ConfigMapping(prefix = "handbook.events")
public interface EventsConfig {

    /** The topic this service publishes to, e.g. {@code complaint.node-state}. */
    String topic();

    /** CloudEvents {@code source} of this service's events. */
    @WithDefault("/${quarkus.application.name}")
    String source();

    /** Topics created at start (besides {@link #topic()}), e.g. a topic the service consumes. */
    Optional<List<String>> createTopics();

    /** Partitions of topics created at start; events of one instance share a key, hence a partition. */
    @WithDefault("3")
    int partitions();

    @WithDefault("1")
    short replicationFactor();

    Relay relay();

    interface Relay {

        @WithDefault("true")
        boolean enabled();

        /** Rows published per batch: read in one statement, sent in one produce, marked sent in one statement. */
        @WithDefault("200")
        int batchSize();

        /**
         * Whether the relay listens for every commit of an outbox row on its database (PostgreSQL
         * LISTEN/NOTIFY on a connection of its own, the trigger of migration V0_12): rows written by
         * another instance or by plain SQL are then published at once, not at the next poll.
         */
        @WithDefault("true")
        boolean listen();

        /** Fallback when no commit woke the relay (a notification missed while the listening connection was lost). */
        @WithDefault("1s")
        Duration pollInterval();

        /**
         * How long the relay waits after a commit woke it before it publishes, so the events of the
         * acts committed meanwhile go in the same batch (one transaction, one produce request). It
         * adds at most this much to an event's latency; 0 publishes at once.
         */
        @WithDefault("20ms")
        Duration linger();

        /** Longest pause between tries while Kafka is unreachable. */
        @WithDefault("5s")
        Duration maxBackoff();

        /** How long one send may wait for Kafka before the batch is retried. */
        @WithDefault("10s")
        Duration sendTimeout();

        /** Sent rows are kept this long (for inspection), then deleted in batches. */
        @WithDefault("P7D")
        Duration retention();
    }
}
