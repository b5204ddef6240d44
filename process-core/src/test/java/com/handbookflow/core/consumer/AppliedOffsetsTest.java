package com.handbookflow.core.consumer;

import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The offsets of applied batches reach Kafka together, and never an offset of a record not applied. */
class AppliedOffsetsTest {

    private static final TopicPartition P0 = new TopicPartition("complaint.node-state", 0);
    private static final TopicPartition P1 = new TopicPartition("complaint.node-state", 1);

    private final MockConsumer<String, byte[]> kafka = new MockConsumer<>("earliest");
    private final AtomicLong now = new AtomicLong();

    @BeforeEach
    void holdTwoPartitions() {
        kafka.assign(List.of(P0, P1));
    }

    private AppliedOffsets committingEvery(Duration every) {
        return new AppliedOffsets(kafka, every, now::get);
    }

    private Map<TopicPartition, OffsetAndMetadata> committed() {
        return kafka.committed(Set.of(P0, P1));
    }

    private static Map<TopicPartition, OffsetAndMetadata> after(TopicPartition partition, long offset) {
        return Map.of(partition, new OffsetAndMetadata(offset));
    }

    @Test
    void batchesAppliedWithinTheIntervalAreCommittedTogetherOnceItPassed() {
        AppliedOffsets applied = committingEvery(Duration.ofSeconds(1));
        applied.add(after(P0, 10));
        applied.commitIfDue();
        now.addAndGet(Duration.ofMillis(400).toNanos());
        applied.add(after(P0, 25));
        applied.add(after(P1, 7));
        applied.commitIfDue();
        assertNull(committed().get(P0));
        assertNull(committed().get(P1));

        now.addAndGet(Duration.ofMillis(600).toNanos());
        applied.commitIfDue();

        assertEquals(new OffsetAndMetadata(25), committed().get(P0));
        assertEquals(new OffsetAndMetadata(7), committed().get(P1));
        assertEquals(0, applied.pendingPartitions());
    }

    @Test
    void withoutAnIntervalEveryBatchIsCommittedAtOnce() {
        AppliedOffsets applied = committingEvery(Duration.ZERO);
        applied.add(after(P0, 10));
        applied.commitIfDue();

        assertEquals(new OffsetAndMetadata(10), committed().get(P0));
    }

    @Test
    void anIdleConsumerCommitsWhatItAppliedAtOnce() {
        AppliedOffsets applied = committingEvery(Duration.ofSeconds(1));
        applied.add(after(P1, 3));

        applied.commit();

        assertEquals(new OffsetAndMetadata(3), committed().get(P1));
    }

    @Test
    void aPartitionGivenUpInARebalanceHasItsAppliedOffsetCommittedFirst() {
        AppliedOffsets applied = committingEvery(Duration.ofSeconds(1));
        applied.add(after(P0, 10));
        applied.add(after(P1, 4));

        applied.onPartitionsRevoked(List.of(P0));

        assertEquals(new OffsetAndMetadata(10), committed().get(P0));
        assertNull(committed().get(P1));
        assertEquals(1, applied.pendingPartitions());
    }

    @Test
    void aPartitionLostWithoutARebalanceIsNotCommittedForItsNewOwner() {
        AppliedOffsets applied = committingEvery(Duration.ofSeconds(1));
        applied.add(after(P0, 10));

        applied.onPartitionsLost(List.of(P0));
        applied.commit();

        assertNull(committed().get(P0));
    }

    @Test
    void aStoppingConsumerCommitsWhatItAppliedOnlyForThePartitionsItStillHolds() {
        AppliedOffsets applied = committingEvery(Duration.ofSeconds(1));
        applied.add(after(P0, 10));
        applied.add(after(P1, 4));
        kafka.assign(List.of(P1));

        applied.commitBeforeClosing();

        assertEquals(new OffsetAndMetadata(4), kafka.committed(Set.of(P1)).get(P1));
        assertEquals(0, applied.pendingPartitions());
    }
}
