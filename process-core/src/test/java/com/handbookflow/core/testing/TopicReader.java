package com.handbookflow.core.testing;

import com.handbookflow.core.event.EventTypes;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/** Reads a topic of the real broker from the beginning, as an OA system or an operator would. */
public final class TopicReader implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

    private TopicReader(String topic) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class),
                ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()));
        consumer.subscribe(List.of(topic));
    }

    public static TopicReader of(String topic) {
        return new TopicReader(topic);
    }

    /** Waits until {@code count} records match, or fails after {@code timeout}; returns them in topic order. */
    public List<ConsumerRecord<String, String>> await(Predicate<ConsumerRecord<String, String>> matching, int count,
                                                      Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<ConsumerRecord<String, String>> matches = seen.stream().filter(matching).toList();
            if (matches.size() >= count) {
                return matches;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("expected " + count + " matching records within " + timeout + ", saw "
                        + matches.size() + " of " + seen.size());
            }
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
        }
    }

    /** Records with this Kafka key (a process instance id), in order. */
    public List<ConsumerRecord<String, String>> awaitKey(String key, int count, Duration timeout) {
        return await(r -> key.equals(r.key()), count, timeout);
    }

    /**
     * The first {@code count} obligation changes of {@code kind} (e.g. {@code CUSTOMER_UPDATE}) about business
     * number {@code number} on {@code topic}, their payloads in topic order.
     */
    public static List<JsonPath> obligations(String topic, String number, String kind, int count) {
        try (TopicReader reader = of(topic)) {
            return reader.await(r -> about(r, number) && EventTypes.OBLIGATION_CHANGED.equals(header(r, "ce_type"))
                            && kind.equals(JsonPath.from(r.value()).getString("kind")), count, Duration.ofSeconds(30))
                    .stream().map(r -> JsonPath.from(r.value())).toList();
        }
    }

    /** Whether the record is about business number {@code number}: its subject is {@code <number>/...}. */
    public static boolean about(ConsumerRecord<?, ?> record, String number) {
        String subject = header(record, "ce_subject");
        return subject != null && subject.startsWith(number + "/");
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(2));
    }
}
