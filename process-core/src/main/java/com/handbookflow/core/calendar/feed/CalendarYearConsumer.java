package com.handbookflow.core.calendar.feed;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.handbookflow.core.event.CalendarYearPublished;
import com.handbookflow.core.event.CloudEventHeaders;
import com.handbookflow.core.event.EventTypes;
import com.handbookflow.core.consumer.ConsumerMetrics;
import com.handbookflow.core.consumer.DeadLetters;
import com.handbookflow.core.consumer.PoisonRecordException;
import com.handbookflow.core.consumer.ProcessedEvents;
import com.handbookflow.core.consumer.TopicConsumer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every service's consumer of published calendar years: reads {@code notification.events}, keeps only
 * {@value EventTypes#CALENDAR_YEAR_PUBLISHED} (the topic also carries notification-service's notices),
 * and stores each year once by its CloudEvents id ({@link ProcessedEvents}), in the transaction that
 * stores it ({@link CalendarYears#receive}).
 */
@ApplicationScoped
public class CalendarYearConsumer implements TopicConsumer.Handler<CalendarYearConsumer.Received> {

    /** The consumer name in {@code processed_event}. */
    public static final String CONSUMER = "calendar-feed";
    private static final Logger LOG = Logger.getLogger(CalendarYearConsumer.class);

    /** A published year read from a record, with its CloudEvents id. */
    public record Received(String id, CalendarYearPublished year) {
    }

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @Inject
    CalendarFeedConfig config;

    @Inject
    ProcessedEvents processed;

    @Inject
    CalendarYears years;

    @Inject
    EntityManager entityManager;

    @Inject
    DeadLetters deadLetters;

    @Inject
    ConsumerMetrics consumerMetrics;

    private TopicConsumer<Received> loop;

    void onStart(@Observes StartupEvent event) {
        if (!config.enabled()) {
            LOG.info("calendar feed disabled (handbook.calendar.feed.enabled=false)");
            return;
        }
        loop = new TopicConsumer<>(kafkaConfig, new TopicConsumer.Settings("calendar-feed", config.groupId(),
                List.of(config.topic()), config.pollTimeout(), 50, 3, config.maxBackoff(), Duration.ZERO,
                TopicConsumer.Fetching.FIRST_RECORD), this, deadLetters,
                consumerMetrics);
        loop.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        if (loop != null) {
            loop.stop();
        }
    }

    @Override
    public Optional<Received> read(ConsumerRecord<String, byte[]> record) {
        if (!EventTypes.CALENDAR_YEAR_PUBLISHED.equals(header(record, CloudEventHeaders.TYPE))) {
            return Optional.empty(); // a notice of notification-service: not for the calendar
        }
        String id = header(record, CloudEventHeaders.ID);
        try {
            CalendarYearPublished published = json.readValue(record.value(), CalendarYearPublished.class);
            published.calendarYear(); // a year the calendar would refuse is dead-lettered here, not retried forever
            return Optional.of(new Received(id != null ? id : published.eventId().toString(), published));
        } catch (IOException | RuntimeException e) {
            throw new PoisonRecordException("calendar year cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    public void apply(Received received) {
        processed.applyOnce(CONSUMER, received.id(), () -> years.receive(received.year()));
    }

    @Override
    public String idOf(Received received) {
        return received.id();
    }

    @Override
    public boolean databaseAnswers() {
        try {
            return QuarkusTransaction.requiringNew().call(() ->
                    entityManager.createNativeQuery("select 1").getSingleResult()) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
