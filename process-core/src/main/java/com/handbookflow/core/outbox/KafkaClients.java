package com.handbookflow.core.outbox;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The kit's one home for how it talks to Kafka outside the consumers: the producer whose sends count only
 * once Kafka has them, and the explicit creation of topics. Used by the outbox relay and the dead letters.
 */
public final class KafkaClients {

    private static final Logger LOG = Logger.getLogger(KafkaClients.class);

    private KafkaClients() {
    }

    /**
     * A producer whose acknowledged record is on every in-sync replica ({@code acks=all}) exactly once
     * (idempotent), and that gives up within {@code sendTimeout} rather than block a caller that holds a
     * transaction; {@code tuning} adds or overrides settings (batching, in-flight requests).
     */
    public static KafkaProducer<String, byte[]> acknowledgedProducer(Map<String, Object> kafkaConfig, Duration sendTimeout,
                                                                    String clientId, Map<String, Object> tuning) {
        Map<String, Object> props = new HashMap<>(kafkaConfig);
        int timeout = (int) sendTimeout.toMillis();
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout);
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, timeout);
        // the delivery timeout must not be below request timeout + linger; both bounded by sendTimeout
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeout + 5);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        props.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        props.putAll(tuning);
        return new KafkaProducer<>(props);
    }

    /** Closes without waiting: a producer that cannot reach Kafka may fail to close cleanly; a new one replaces it. */
    public static void closeQuietly(KafkaProducer<?, ?> producer) {
        if (producer == null) {
            return;
        }
        try {
            producer.close(Duration.ZERO);
        } catch (RuntimeException ignored) {
            // nothing to do: the caller drops its reference either way
        }
    }

    /** Creates each topic that does not exist yet (an existing topic is fine); waits at most {@code timeout} per call. */
    public static void createTopics(Map<String, Object> kafkaConfig, Duration timeout, Collection<String> topics,
                                    int partitions, short replicationFactor) {
        Map<String, Object> props = new HashMap<>(kafkaConfig);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        try (Admin admin = Admin.create(props)) {
            for (String topic : topics) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic, partitions, replicationFactor)))
                            .all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                    LOG.infof("created topic %s (%d partitions)", topic, partitions);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot create topic " + topic + ": " + e.getCause().getMessage(), e);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics " + topics, e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka did not answer while creating topics " + topics, e);
        }
    }
}
