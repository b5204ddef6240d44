package com.handbookflow.notification.deadline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.handbookflow.core.testing.MutableClock;
import com.handbookflow.notification.NotificationLedger;
import com.handbookflow.notification.ScenarioEvents;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A launch's overdue review row reaches the reviewer's inbox, with no launch-specific code here: the
 * event is the one launch-service publishes, taken byte for byte from its golden file
 * ({@code launch-service/src/test/resources/golden/launch-events.txt}, checked by its
 * {@code LaunchEventsGoldenTest}), published on {@code launch.node-state} through real Kafka.
 */
@QuarkusTest
class LaunchWorkItemNotificationsTest {

    private static final Path LAUNCH_GOLDEN = Path.of("../launch-service/src/test/resources/golden/launch-events.txt");
    private static final Pattern PLACEHOLDER = Pattern.compile("<uuid-\\d+>");

    @Inject
    MutableClock clock;

    @Inject
    ReminderScheduler scheduler;

    @Inject
    NotificationLedger ledger;

    private ScenarioEvents events;

    @BeforeEach
    void setUp() {
        events = new ScenarioEvents();
    }

    @AfterEach
    void tearDown() {
        events.close();
    }

    @Test
    void a_launch_overdue_review_row_reaches_the_reviewing_department_inbox() throws IOException {
        Recorded row = recorded("PLAN_REVIEW/RESOURCE_BUDGET", "OPEN");
        JsonNode payload = new ObjectMapper().readTree(row.payload());
        UUID launch = UUID.fromString(payload.get("instanceId").asText());
        assertEquals("WORK_ITEM", payload.get("kind").asText());
        assertEquals("finance", payload.get("responsibleDepartment").asText());

        clock.set(Instant.parse(payload.get("occurredAt").asText()));
        events.sendRaw("launch.node-state", row.key(), row.type(), payload.get("eventId").asText(), "/launch-service",
                row.subject(), Instant.parse(payload.get("occurredAt").asText()), row.payload());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertEquals(List.of("PLAN_REVIEW/RESOURCE_BUDGET:OPEN"), ledger.obligations(launch)));

        clock.set(Instant.parse(payload.get("dueAt").asText()).plus(Duration.ofHours(1)));
        scheduler.runDue();

        List<String> notices = ledger.notices(launch);
        assertTrue(notices.stream().anyMatch(n -> n.startsWith("OVERDUE")), notices.toString());
        given().queryParam("department", "finance").get("/api/v1/notifications").then().statusCode(200)
                .body("items.find { it.instanceId == '" + launch + "' && it.kind.code == 'OVERDUE' }.titleZh",
                        containsString("资源预算"));
    }

    /** One event of the golden file, its placeholders replaced by fresh ids (a launch no other test publishes). */
    private static Recorded recorded(String obligationKey, String state) throws IOException {
        String golden = Files.readString(LAUNCH_GOLDEN, StandardCharsets.UTF_8);
        Map<String, String> ids = new HashMap<>();
        Matcher matcher = PLACEHOLDER.matcher(golden);
        StringBuilder fresh = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(fresh, ids.computeIfAbsent(matcher.group(), k -> UUID.randomUUID().toString()));
        }
        matcher.appendTail(fresh);
        String number = "SX2026-" + (1000 + (int) (Math.random() * 9000));
        for (String block : fresh.toString().replace("<number>", number).split("\n\n")) {
            String[] lines = block.strip().split("\n", 4);
            JsonNode payload = lines.length == 4 ? new ObjectMapper().readTree(lines[3]) : null;
            if (payload != null && obligationKey.equals(payload.path("obligationKey").asText())
                    && state.equals(payload.path("state").asText())) {
                return new Recorded(lines[0].substring("type=".length()), lines[1].substring("key=".length()),
                        lines[2].substring("subject=".length()), lines[3]);
            }
        }
        throw new AssertionError("launch-service's golden events hold no " + obligationKey + " " + state);
    }

    private record Recorded(String type, String key, String subject, String payload) {
    }
}
