package com.handbookflow.core.consumer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.common.TopicPartition;

import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The consumers' side of {@code /q/metrics}: lag per consumer group, topic and partition (records
 * behind the partition's end, as the consumer last saw it) and the poison records sent to the
 * dead-letter topic. The loop thread writes the figures; a scrape only reads them.
 */
@ApplicationScoped
public class ConsumerMetrics {

    static final String LAG = "handbook_consumer_lag_records";
    static final String POISON = "handbook_consumer_poison_events";

    private final MeterRegistry registry;
    private final Map<Key, AtomicLong> lags = new ConcurrentHashMap<>();
    private final Map<Key, Meter.Id> lagMeters = new ConcurrentHashMap<>();

    ConsumerMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    private record Key(String group, TopicPartition partition) {
    }

    /** Registers the poison counter of each topic at zero, so an alert sees the series before the first one. */
    void consuming(String group, Iterable<String> topics) {
        topics.forEach(topic -> poisonCounter(group, topic));
    }

    /** The lag of each partition the consumer holds now; partitions it no longer holds disappear. */
    void lags(String group, Map<TopicPartition, OptionalLong> current) {
        current.forEach((partition, lag) -> lag.ifPresent(value -> lagOf(group, partition).set(value)));
        Set<TopicPartition> held = current.keySet();
        lags.keySet().removeIf(key -> {
            if (key.group().equals(group) && !held.contains(key.partition())) {
                Meter.Id id = lagMeters.remove(key);
                if (id != null) {
                    registry.remove(id);
                }
                return true;
            }
            return false;
        });
    }

    void poison(String group, String topic) {
        poisonCounter(group, topic).increment();
    }

    private AtomicLong lagOf(String group, TopicPartition partition) {
        return lags.computeIfAbsent(new Key(group, partition), key -> {
            AtomicLong value = new AtomicLong();
            lagMeters.put(key, Gauge.builder(LAG, value, AtomicLong::get)
                    .description("Records of the partition the consumer group has not read yet")
                    .tags(Tags.of("group", group, "topic", partition.topic(),
                            "partition", Integer.toString(partition.partition())))
                    .register(registry).getId());
            return value;
        });
    }

    private Counter poisonCounter(String group, String topic) {
        return Counter.builder(POISON)
                .description("Records the consumer could not apply, sent to <topic>.dlq")
                .tags("group", group, "topic", topic)
                .register(registry);
    }
}
