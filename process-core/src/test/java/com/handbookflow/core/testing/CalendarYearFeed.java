package com.handbookflow.core.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.handbookflow.core.calendar.CalendarYear;
import com.handbookflow.core.calendar.WorkingDayCalendar;
import com.handbookflow.core.event.CalendarYearPublished;
import com.handbookflow.core.event.CloudEventHeaders;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/**
 * Publishes a calendar year on {@code notification.events} through the real broker, as
 * notification-service's outbox relay does (CloudEvents binary mode), for the services that consume it.
 */
public final class CalendarYearFeed {

    public static final String TOPIC = "notification.events";
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** 2027 as far as the tests need it: New Year's Day on a Friday. */
    public static final CalendarYear CHINA_2027 = new CalendarYear(2027, "CN-2027.1", "国务院办公厅通知 (test)",
            java.util.List.of(new com.handbookflow.core.calendar.NamedDay(java.time.LocalDate.parse("2027-01-01"),
                    "元旦", "New Year's Day")), java.util.List.of());

    private CalendarYearFeed() {
    }

    /** The event of {@code year} as an administrator published it at {@code at}. */
    public static CalendarYearPublished published(CalendarYear year, Instant at) {
        return new CalendarYearPublished(UUID.randomUUID(), at, year.year(), year.version(), year.source(),
                year.holidays(), year.makeUpWorkingDays(), "admin");
    }

    /**
     * Publishes {@code year} as an administrator did at {@code at} and waits until {@code calendar} covers it;
     * returns the event, for a test that proves a redelivery changes nothing.
     */
    public static CalendarYearPublished load(CalendarYear year, Instant at, WorkingDayCalendar calendar) {
        CalendarYearPublished event = published(year, at);
        send(event);
        await().atMost(Duration.ofSeconds(30)).until(() -> calendar.coveredYears().contains(year.year()));
        return event;
    }

    /** The explicit recomputation an administrator asks for once a year is loaded: 201 and its changes. */
    public static ValidatableResponse recompute(String reason) {
        return given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("reason", reason))
                .post("/api/v1/calendar/recomputations").then().statusCode(201);
    }

    /** Sends the event (again, when a test proves a redelivery changes nothing). */
    public static void send(CalendarYearPublished event) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName()))) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(TOPIC, event.instanceId().toString(),
                    JSON.writeValueAsBytes(event));
            header(record, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
            header(record, CloudEventHeaders.ID, event.eventId().toString());
            header(record, CloudEventHeaders.SOURCE, "/notification-service");
            header(record, CloudEventHeaders.TYPE, event.type());
            header(record, CloudEventHeaders.SUBJECT, event.subject());
            header(record, CloudEventHeaders.TIME, event.occurredAt().toString());
            header(record, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not publish calendar year " + event.year(), e);
        }
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
