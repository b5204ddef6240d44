package com.handbookflow.core.consumer;

import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RebalanceInProgressException;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The offsets after the batches a {@link TopicConsumer} applied (their transactions committed) and has not committed
 * to Kafka yet. They are committed together at most {@code every} after the first of them, at once when the consumer
 * falls idle, before it gives a partition up in a rebalance, and when it stops; a partition taken from it without
 * a rebalance (lost) drops its offsets, which the next owner then redelivers. Only ever the offsets of applied
 * records: a crash loses nothing, it redelivers what was applied since the last commit and the handler skips it by
 * the event ids it recorded.
 */
final class AppliedOffsets implements ConsumerRebalanceListener {

    private static final Logger LOG = Logger.getLogger(AppliedOffsets.class);
    /** A commit on the way out waits this long at most: a Kafka that does not answer must not hold the shutdown. */
    private static final Duration CLOSING_COMMIT_TIMEOUT = Duration.ofSeconds(5);

    private final Consumer<?, ?> kafka;
    private final long everyNanos;
    private final LongSupplier nanoTime;
    private final Map<TopicPartition, OffsetAndMetadata> pending = new HashMap<>();
    private long firstPendingAt;

    AppliedOffsets(Consumer<?, ?> kafka, Duration every) {
        this(kafka, every, System::nanoTime);
    }

    AppliedOffsets(Consumer<?, ?> kafka, Duration every, LongSupplier nanoTime) {
        this.kafka = kafka;
        this.everyNanos = every.toNanos();
        this.nanoTime = nanoTime;
    }

    /** The offsets after a batch whose transaction committed (later batches' offsets replace earlier ones). */
    void add(Map<TopicPartition, OffsetAndMetadata> next) {
        if (pending.isEmpty()) {
            firstPendingAt = nanoTime.getAsLong();
        }
        pending.putAll(next);
    }

    /** Commits if the oldest pending offset waited {@code every} (at once when {@code every} is zero). */
    void commitIfDue() {
        if (!pending.isEmpty() && nanoTime.getAsLong() - firstPendingAt >= everyNanos) {
            commit();
        }
    }

    /**
     * Commits the pending offsets of the partitions this consumer holds. A commit refused because the group is
     * rebalancing keeps them: the rebalance's revocation commits them, or the next owner redelivers.
     */
    void commit() {
        if (pending.isEmpty()) {
            return;
        }
        pending.keySet().retainAll(kafka.assignment());
        if (pending.isEmpty()) {
            return;
        }
        try {
            kafka.commitSync(Map.copyOf(pending));
            pending.clear();
        } catch (CommitFailedException | RebalanceInProgressException e) {
            LOG.debugf("offsets not committed during a rebalance (%s); the records may be delivered again", e.getMessage());
        }
    }

    /** The consumer stops: what it applied is committed if Kafka answers in time, else redelivered to the next owner. */
    void commitBeforeClosing() {
        pending.keySet().retainAll(kafka.assignment());
        if (pending.isEmpty()) {
            return;
        }
        try {
            kafka.commitSync(Map.copyOf(pending), CLOSING_COMMIT_TIMEOUT);
        } catch (KafkaException e) { // a timeout, or the wake-up that stopped the loop
            LOG.debugf("offsets not committed while stopping (%s); the records may be delivered again", e.getMessage());
        }
        pending.clear();
    }

    /** Called inside {@code poll}, between batches: the partitions' applied offsets go before their new owner reads. */
    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
        Map<TopicPartition, OffsetAndMetadata> revoked = new HashMap<>();
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata offset = pending.remove(partition);
            if (offset != null) {
                revoked.put(partition, offset);
            }
        }
        if (!revoked.isEmpty()) {
            try {
                kafka.commitSync(revoked);
            } catch (KafkaException e) {
                LOG.debugf("offsets of revoked partitions not committed (%s); the records may be delivered again",
                        e.getMessage());
            }
        }
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
        // nothing pending for a partition just assigned
    }

    /** Taken without a rebalance (the session expired): another consumer owns them and may have read further. */
    @Override
    public void onPartitionsLost(Collection<TopicPartition> partitions) {
        pending.keySet().removeAll(partitions);
    }

    /** How many partitions have offsets waiting (tests). */
    int pendingPartitions() {
        return pending.size();
    }
}
