package com.handbookflow.core.inbox;

import com.handbookflow.core.outbox.EventsConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Where a consumer puts a record it can never apply: {@code <topic>.dlq}, with the record's key, body
 * and headers unchanged (so it can be replayed onto its topic as it is, see docs/running.md) and the
 * failure in {@code dlq-*} headers. The topics are created explicitly, like every other topic (the
 * brokers do not auto-create). A record is dead-lettered before its offset is committed: if Kafka does
 * not take it, the batch is retried, so nothing is dropped.
 */
@ApplicationScoped
public class DeadLetters {

    public static final String SUFFIX = ".dlq";
    public static final String ERROR = "dlq-error";
    public static final String ORIGINAL_TOPIC = "dlq-original-topic";
    public static final String ORIGINAL_PARTITION = "dlq-original-partition";
    public static final String ORIGINAL_OFFSET = "dlq-original-offset";
    public static final String CONSUMER_GROUP = "dlq-consumer-group";
    public static final String FAILED_AT = "dlq-failed-at";
    private static final Logger LOG = Logger.getLogger(DeadLetters.class);
    /** An error message is a diagnosis, not a payload: long ones (a stack of causes) are cut. */
    private static final int MAX_ERROR_LENGTH = 2000;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @Inject
    EventsConfig config;

    @Inject
    ConsumerMetrics metrics;

    @Inject
    Clock clock;

    private KafkaProducer<String, byte[]> producer;

    public static String topicOf(String topic) {
        return topic + SUFFIX;
    }

    /** Creates {@code <topic>.dlq} of each consumed topic; an existing one is fine. */
    void ensureTopics(List<String> topics) {
        Map<String, Object> props = new HashMap<>(kafkaConfig);
        int timeout = (int) config.relay().sendTimeout().toMillis();
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeout);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeout);
        try (Admin admin = Admin.create(props)) {
            for (String topic : topics) {
                try {
                    admin.createTopics(List.of(new NewTopic(topicOf(topic), config.partitions(),
                            config.replicationFactor()))).all().get(timeout, TimeUnit.MILLISECONDS);
                    LOG.infof("created dead-letter topic %s", topicOf(topic));
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot create topic " + topicOf(topic) + ": "
                                + e.getCause().getMessage(), e);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating dead-letter topics", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka did not answer while creating dead-letter topics", e);
        }
    }

    /** Publishes the record to its dead-letter topic and waits for Kafka's acknowledgement; counts it. */
    void send(String group, ConsumerRecord<String, byte[]> record, String error) {
        ProducerRecord<String, byte[]> letter = new ProducerRecord<>(topicOf(record.topic()), null, record.key(),
                record.value());
        for (Header header : record.headers()) {
            if (!header.key().startsWith("dlq-")) { // a replayed record that failed again carries only the new failure
                letter.headers().add(header);
            }
        }
        header(letter, ERROR, error == null ? "(no message)"
                : error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error);
        header(letter, ORIGINAL_TOPIC, record.topic());
        header(letter, ORIGINAL_PARTITION, Integer.toString(record.partition()));
        header(letter, ORIGINAL_OFFSET, Long.toString(record.offset()));
        header(letter, CONSUMER_GROUP, group);
        header(letter, FAILED_AT, clock.instant().toString());
        try {
            producer().send(letter).get(config.relay().sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while dead-lettering", e);
        } catch (ExecutionException | TimeoutException e) {
            closeProducer();
            throw new IllegalStateException("Kafka did not take the record for " + topicOf(record.topic()), e);
        }
        metrics.poison(group, record.topic());
        LOG.errorf("%s: %s-%d@%d sent to %s: %s", group, record.topic(), record.partition(), record.offset(),
                topicOf(record.topic()), error);
    }

    void onStop(@Observes ShutdownEvent event) {
        closeProducer();
    }

    private static void header(ProducerRecord<?, ?> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private synchronized KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            Map<String, Object> props = new HashMap<>(kafkaConfig);
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            int timeout = (int) config.relay().sendTimeout().toMillis();
            props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout);
            props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, timeout);
            props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeout + 5);
            props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
            props.put(ProducerConfig.CLIENT_ID_CONFIG, "dead-letters-" + config.source().replace('/', '-'));
            producer = new KafkaProducer<>(props);
        }
        return producer;
    }

    private synchronized void closeProducer() {
        if (producer != null) {
            try {
                producer.close(Duration.ZERO);
            } catch (RuntimeException ignored) {
                // a producer that cannot reach Kafka may fail to close cleanly; a new one replaces it
            }
            producer = null;
        }
    }
}
