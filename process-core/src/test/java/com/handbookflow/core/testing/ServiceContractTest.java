package com.handbookflow.core.testing;

import io.restassured.RestAssured;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.awaitility.Awaitility.await;

/**
 * What every service promises operations and front ends, whatever its scenario: it is ready only
 * with its database (Kafka's state is reported, never waited on), it documents itself, it answers deadline questions on the shared
 * calendar, and it refuses bad input with problem+json. Each service extends this in a {@code @QuarkusTest}.
 */
public abstract class ServiceContractTest {

    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    @BeforeEach
    void signedIn() {
        RestAssured.authentication = RestAssured.oauth2(Tokens.of("u1", "customer-service",
                com.handbookflow.core.security.Role.STAFF));
    }

    @Test
    void the_api_needs_a_token_and_says_so_in_a_problem() {
        given().auth().none().queryParam("start", "2026-09-30T09:00:00+08:00").queryParam("limit", "P3WD")
                .get("/api/v1/calendar/deadline").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("titleZh", equalTo("需要身份认证"));
    }

    @Test
    void a_token_signed_by_another_key_is_refused() {
        String forged = Tokens.of("u1", "customer-service", com.handbookflow.core.security.Role.ADMIN);
        String[] parts = forged.split("\\.");
        String tampered = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        given().auth().oauth2(tampered).get("/api/v1/calendar/days?from=2026-10-01&to=2026-10-02")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void a_verified_token_is_served_from_the_cache_and_a_tampered_copy_of_it_is_still_refused() {
        assertTrue(io.quarkus.arc.Arc.container().select(io.smallrye.jwt.auth.principal.JWTParser.class).get()
                instanceof com.handbookflow.core.security.VerifiedTokenCache, "authentication uses the verified-token cache");
        String token = Tokens.of("u1", "customer-service", com.handbookflow.core.security.Role.STAFF);
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(token).get("/api/v1/calendar/days?from=2026-10-01&to=2026-10-02").then().statusCode(200);
        }
        String[] parts = token.split("\\.");
        String otherPayload = parts[0] + "." + parts[1].substring(0, parts[1].length() - 2) + "x" + "." + parts[2];
        String otherSignature = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        for (String tampered : List.of(otherPayload, otherSignature)) {
            given().auth().oauth2(tampered).get("/api/v1/calendar/days?from=2026-10-01&to=2026-10-02")
                    .then().statusCode(401).contentType("application/problem+json");
        }
    }

    @Test
    void health_and_the_api_description_stay_open_without_a_token() {
        given().auth().none().get("/q/health/ready").then().statusCode(200);
        given().auth().none().get("/q/openapi").then().statusCode(200);
    }

    @Test
    void the_service_is_ready_with_its_database_and_reports_kafka_and_the_outbox_backlog() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check",
                        com.handbookflow.core.health.KafkaHealthCheck.NAME, "Outbox relay"));
    }

    @Test
    void the_openapi_document_and_swagger_ui_are_served() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/calendar/deadline"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void every_operation_has_its_own_readable_operation_id() {
        Map<String, Map<String, Object>> paths = given().get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath().getMap("paths");
        List<String> missing = new ArrayList<>();
        Map<String, List<String>> byId = new TreeMap<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            // process-core's own test fixtures (/test/..., /api/v1/test-folders) exercise the kit; they are
            // not in the test-jar, so a service's document never has them
            if (!HTTP_METHODS.contains(method) || isKitTestFixture(path)) {
                return;
            }
            Object id = ((Map<?, ?>) operation).get("operationId");
            if (id == null) {
                missing.add(method.toUpperCase(Locale.ROOT) + " " + path);
            } else {
                byId.computeIfAbsent(id.toString(), k -> new ArrayList<>()).add(method.toUpperCase(Locale.ROOT) + " " + path);
            }
        }));
        assertEquals(List.of(), missing, "operations without an operationId");
        byId.forEach((id, operations) -> {
            assertEquals(1, operations.size(), "operationId " + id + " is used by " + operations);
            assertTrue(id.matches("[a-z][A-Za-z0-9]+"), "operationId " + id + " reads as a camelCase verb phrase");
        });
    }

    @Test
    void every_operation_says_what_it_does_and_documents_its_success_responses() {
        Map<String, Map<String, Object>> paths = given().get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath().getMap("paths");
        List<String> incomplete = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, value) -> {
            if (!HTTP_METHODS.contains(method) || isKitTestFixture(path)) {
                return;
            }
            Map<?, ?> operation = (Map<?, ?>) value;
            String name = method.toUpperCase(Locale.ROOT) + " " + path;
            if (isBlank(operation.get("summary"))) {
                incomplete.add(name + ": no summary");
            }
            if (isBlank(operation.get("description"))) {
                incomplete.add(name + ": no description");
            }
            Map<?, ?> responses = (Map<?, ?>) operation.get("responses");
            boolean documentedSuccess = responses != null && responses.entrySet().stream()
                    .anyMatch(r -> r.getKey().toString().startsWith("2")
                            && !isBlank(((Map<?, ?>) r.getValue()).get("description")));
            if (!documentedSuccess) {
                incomplete.add(name + ": no documented 2xx response");
            }
        }));
        assertEquals(List.of(), incomplete);
    }

    /**
     * The service's name in clients/typescript (e.g. {@code complaint}): its OpenAPI document is
     * linted with Spectral and its typed client is checked against it. {@code null} for the kit's own
     * test application, whose document carries test fixtures and is published by no service (the kit's
     * shared resources are checked in every service's document).
     */
    protected String publishedAs() {
        return null;
    }

    @Test
    void the_openapi_document_passes_spectral_oas_with_no_error_or_warning() throws Exception {
        Assumptions.assumeTrue(publishedAs() != null, "the kit's test application publishes no document");
        Path document = writtenOpenApiDocument();
        Path spectralFolder = NodeTools.repositoryRoot().resolve("tools/spectral");
        NodeTools.Result lint = NodeTools.run(spectralFolder, Map.of(), List.of(
                NodeTools.binary("tools/spectral", "spectral").toString(), "lint", "--ruleset", ".spectral.yaml",
                "--fail-severity", "warn", "--display-only-failures", document.toString()));
        assertEquals(0, lint.exitCode(), "Spectral (spectral:oas) on " + document + ":\n" + lint.output());
    }

    @Test
    void the_typescript_client_is_generated_from_this_document_and_type_checks() throws Exception {
        Assumptions.assumeTrue(publishedAs() != null, "the kit's test application publishes no client");
        Path document = writtenOpenApiDocument();
        Path clients = NodeTools.repositoryRoot().resolve("clients/typescript");
        NodeTools.binary("clients/typescript", "tsc");
        List<String> generate = new ArrayList<>(List.of("node", "generate.mjs", publishedAs(), document.toString()));
        // bin/generate-clients sets clients.generate: the test then writes the client instead of checking it
        if (!Boolean.getBoolean("clients.generate")) {
            generate.add("--check");
        }
        NodeTools.Result generated = NodeTools.run(clients, Map.of(), generate);
        assertEquals(0, generated.exitCode(), generated.output());
        NodeTools.Result typeCheck = NodeTools.run(clients, Map.of(), List.of(
                NodeTools.binary("clients/typescript", "tsc").toString(), "--noEmit", "-p", "tsconfig.json"));
        assertEquals(0, typeCheck.exitCode(), "tsc --noEmit in clients/typescript:\n" + typeCheck.output());
    }

    /** The served document, written to target/openapi.json: what Spectral lints and the client is generated from. */
    private Path writtenOpenApiDocument() throws Exception {
        String json = given().auth().none().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        Path document = Path.of("target", "openapi.json").toAbsolutePath();
        Files.createDirectories(document.getParent());
        Files.writeString(document, json, StandardCharsets.UTF_8);
        return document;
    }

    private static boolean isBlank(Object text) {
        return text == null || text.toString().isBlank();
    }

    private static boolean isKitTestFixture(String path) {
        return path.startsWith("/test/") || path.startsWith("/api/v1/test-");
    }

    @Test
    void prometheus_metrics_show_http_requests_the_outbox_the_relay_the_consumers_and_the_database_pool() {
        given().get("/api/v1/calendar/days?from=2026-10-01&to=2026-10-02").then().statusCode(200);
        // every service consumes the calendar feed; its topic is notification-service's, created here if missing
        ensureTopic(ConfigProvider.getConfig().getOptionalValue("handbook.calendar.feed.topic", String.class)
                .orElse("notification.events"));
        // the lag appears once the feed's consumer holds its partitions (polled quietly: no response dump per try)
        await().atMost(Duration.ofSeconds(60)).until(() -> given().auth().none().get("/q/metrics").asString()
                .matches("(?s).*handbook_consumer_lag_records\\{[^}]*partition=\"0\"[^}]*} \\d.*"));
        given().auth().none().get("/q/metrics").then()
                .statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("handbook_outbox_unsent_events"))
                .body(containsString("handbook_outbox_oldest_unsent_age_seconds"))
                .body(containsString("handbook_outbox_published_events_total"))
                .body(containsString("handbook_outbox_relay_publish_seconds_count"))
                .body(containsString("handbook_consumer_poison_events_total{"))
                .body(matchesPattern("(?s).*handbook_consumer_lag_records\\{[^}]*partition=\"0\"[^}]*} \\d.*"))
                .body(containsString("agroal_active_count"))
                .body(containsString("agroal_awaiting_count"));
    }

    private static void ensureTopic(String topic) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class)))) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create " + topic, e);
            }
        } catch (InterruptedException | TimeoutException e) {
            throw new IllegalStateException("cannot create " + topic, e);
        }
    }

    @Test
    void a_browser_app_on_an_allowed_origin_may_call_the_api_and_one_on_another_origin_may_not() {
        // the test profile allows http://localhost:5173 (process-core's microprofile-config.properties); prod allows none
        given().auth().none().header("Origin", "http://localhost:5173").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .options("/api/v1/calendar/deadline").then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("http://localhost:5173"))
                .header("Access-Control-Allow-Headers", containsString("Authorization"));
        given().auth().none().header("Origin", "https://elsewhere.example").header("Access-Control-Request-Method", "POST")
                .options("/api/v1/calendar/deadline").then()
                .header("Access-Control-Allow-Origin", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void three_working_days_from_the_eve_of_national_day_end_on_the_make_up_saturday() {
        given().queryParam("start", "2026-09-30T09:00:00+08:00").queryParam("limit", "P3WD")
                .get("/api/v1/calendar/deadline").then().statusCode(200)
                .body("dueAt", equalTo("2026-10-10T10:00:00Z"));
    }

    @Test
    void an_unknown_limit_is_refused_with_a_problem_naming_the_parameter() {
        given().queryParam("start", "2026-09-30T09:00:00+08:00").queryParam("limit", "P3X")
                .get("/api/v1/calendar/deadline").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("limit"))
                .body("detail", containsString("P3X"));
    }

    @Test
    void an_unknown_path_is_a_problem_not_a_stack_trace() {
        given().get("/api/v1/no-such-thing").then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }
}
