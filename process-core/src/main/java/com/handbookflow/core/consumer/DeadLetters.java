package com.handbookflow.core.consumer;

import com.handbookflow.core.outbox.EventsConfig;
import com.handbookflow.core.outbox.KafkaClients;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
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
 * <p>
 * Delivery to {@code <topic>.dlq} is at least once. The consumer commits a batch that sent letters at once, not
 * with later batches, so a crash repeats a letter only if it falls between Kafka's acknowledgement of the letter and
 * that commit; a batch retried after some of its letters went out (Kafka refused a later one, the database went
 * away) sends those again. A repeat is the same record with the same {@value #ORIGINAL_TOPIC},
 * {@value #ORIGINAL_PARTITION}, {@value #ORIGINAL_OFFSET} and {@value #CONSUMER_GROUP} headers (only
 * {@value #FAILED_AT} and perhaps {@value #ERROR} differ): a reader takes those four as the letter's identity.
 * Replaying both copies of an event is harmless, its consumer skips the second by its id.
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
        KafkaClients.createTopics(kafkaConfig, config.relay().sendTimeout(),
                topics.stream().map(DeadLetters::topicOf).toList(), config.partitions(), config.replicationFactor());
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
            producer = KafkaClients.acknowledgedProducer(kafkaConfig, config.relay().sendTimeout(),
                    "dead-letters-" + config.source().replace('/', '-'), Map.of());
        }
        return producer;
    }

    private synchronized void closeProducer() {
        KafkaClients.closeQuietly(producer);
        producer = null;
    }
}
