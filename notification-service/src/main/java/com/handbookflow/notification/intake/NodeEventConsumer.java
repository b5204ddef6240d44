package com.handbookflow.notification.intake;

import com.handbookflow.core.consumer.ConsumerMetrics;
import com.handbookflow.core.consumer.DeadLetters;
import com.handbookflow.core.consumer.TopicConsumer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The poll loop over the scenario topics (process-core's {@link TopicConsumer}): a polled batch is
 * applied in one database transaction, offsets are committed only after it commits, a failing batch is
 * retried with backoff and, after repeated failures, applied record by record; a record it can never apply
 * goes to {@code <topic>.dlq}.
 */
@ApplicationScoped
public class NodeEventConsumer {

    private static final Logger LOG = Logger.getLogger(NodeEventConsumer.class);

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @Inject
    ConsumerConfig config;

    @Inject
    EventIntake intake;

    @Inject
    DeadLetters deadLetters;

    @Inject
    ConsumerMetrics consumerMetrics;

    private TopicConsumer<IncomingEvent> loop;

    void onStart(@Observes StartupEvent event) {
        if (!config.enabled()) {
            LOG.info("scenario event consumer disabled (notification.consumer.enabled=false)");
            return;
        }
        loop = new TopicConsumer<>(kafkaConfig, new TopicConsumer.Settings("node-event-consumer", config.groupId(),
                config.topics(), config.pollTimeout(), config.maxPollRecords(), config.batchRetriesBeforeIsolating(),
                config.maxBackoff(), config.commitEvery(), new TopicConsumer.Fetching(config.fetchMinBytes(),
                config.fetchMaxWait())), new TopicConsumer.Handler<>() {
            @Override
            public Optional<IncomingEvent> read(ConsumerRecord<String, byte[]> record) {
                return intake.read(record);
            }

            @Override
            public void apply(IncomingEvent incoming) {
                intake.apply(incoming);
            }

            @Override
            public void applyAll(List<IncomingEvent> events) {
                intake.applyAll(events);
            }

            @Override
            public String idOf(IncomingEvent incoming) {
                return incoming.id();
            }

            @Override
            public boolean databaseAnswers() {
                return intake.databaseAnswers();
            }
        }, deadLetters, consumerMetrics);
        loop.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        if (loop != null) {
            loop.stop();
        }
    }
}
