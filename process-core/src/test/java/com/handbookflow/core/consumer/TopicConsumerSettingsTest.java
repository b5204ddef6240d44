package com.handbookflow.core.consumer;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A consumer loop asks the broker to gather its batches as its settings say, whatever the service's shared Kafka settings. */
class TopicConsumerSettingsTest {

    private static TopicConsumer.Settings settings(TopicConsumer.Fetching fetching) {
        return new TopicConsumer.Settings("node-event-consumer", "notification-service", List.of("complaint.node-state"),
                Duration.ofMillis(500), 200, 3, Duration.ofSeconds(10), Duration.ofSeconds(1), fetching);
    }

    @Test
    void theBrokerHoldsAFetchUntilTheLoopsBytesWaitOrItsWaitPassed() {
        Map<String, Object> props = TopicConsumer.consumerProperties(Map.of("bootstrap.servers", "127.0.0.1:9092"),
                settings(new TopicConsumer.Fetching(16_384, Duration.ofMillis(50))));

        assertEquals(16_384, props.get(ConsumerConfig.FETCH_MIN_BYTES_CONFIG));
        assertEquals(50, props.get(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG));
        assertEquals(200, props.get(ConsumerConfig.MAX_POLL_RECORDS_CONFIG));
        assertEquals("127.0.0.1:9092", props.get("bootstrap.servers"));
    }

    @Test
    void theLoopsOwnFetchingWinsOverTheServicesSharedKafkaSettings() {
        // a kafka.fetch.max.wait.ms of the service also reaches its producers and its other consumers (the calendar
        // feed, idle most of the time, would then ask the broker every few milliseconds)
        Map<String, Object> props = TopicConsumer.consumerProperties(
                Map.of(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, 65_536, ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 5),
                settings(TopicConsumer.Fetching.FIRST_RECORD));

        assertEquals(1, props.get(ConsumerConfig.FETCH_MIN_BYTES_CONFIG));
        assertEquals(500, props.get(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG));
    }

    @Test
    void aConsumerOffsetsAreNeverCommittedByKafkaOnItsOwn() {
        Map<String, Object> props = TopicConsumer.consumerProperties(Map.of(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, true),
                settings(TopicConsumer.Fetching.FIRST_RECORD));

        assertEquals(false, props.get(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG));
        assertEquals("notification-service", props.get(ConsumerConfig.GROUP_ID_CONFIG));
    }

    @Test
    void aFetchGatheringNothingIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new TopicConsumer.Fetching(0, Duration.ofMillis(50)));
        assertThrows(IllegalArgumentException.class, () -> new TopicConsumer.Fetching(1, Duration.ofMillis(-1)));
    }
}
