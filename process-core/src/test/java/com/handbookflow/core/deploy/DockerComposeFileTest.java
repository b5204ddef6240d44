package com.handbookflow.core.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The structure of the repository's docker-compose.yml, which cannot be run on the development
 * machines (no Docker engine): every service is there, starts after healthy infrastructure, has
 * a health check, publishes its port, builds from a Dockerfile that exists, and finds its own
 * database, created by the PostgreSQL init script.
 */
class DockerComposeFileTest {

    /** Surefire runs with the module directory as working directory; the compose file is at the root. */
    private static final Path ROOT = Path.of("..");

    /** App service -> its HTTP port and its database. */
    private static final Map<String, App> APPS = Map.of(
            "launch-service", new App(8081, "launch"),
            "complaint-service", new App(8082, "complaint"),
            "project-service", new App(8083, "project"),
            "notification-service", new App(8084, "notification"));

    private record App(int port, String database) {
    }

    private static JsonNode services;

    @BeforeAll
    static void readComposeFile() throws IOException {
        Path file = ROOT.resolve("docker-compose.yml");
        assertTrue(Files.isRegularFile(file), "no docker-compose.yml at " + file.toAbsolutePath().normalize());
        JsonNode compose = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        services = compose.path("services");
        assertTrue(services.isObject(), "docker-compose.yml has no services");
    }

    @Test
    void the_six_services_exist_and_monitoring_starts_only_on_request() {
        Set<String> expected = new TreeSet<>(APPS.keySet());
        expected.add("postgres");
        expected.add("kafka");
        Set<String> always = new TreeSet<>();
        Set<String> monitoring = new TreeSet<>();
        for (String name : names(services)) {
            JsonNode profiles = service(name).path("profiles");
            (profiles.isMissingNode() ? always : monitoring).add(name);
            if (!profiles.isMissingNode()) {
                assertEquals("[\"monitoring\"]", profiles.toString(), name + " belongs to the monitoring profile only");
            }
        }
        assertEquals(expected, always);
        assertEquals(Set.of("prometheus", "grafana"), monitoring);
    }

    @Test
    void every_service_waits_for_healthy_postgres_and_kafka() {
        for (String app : APPS.keySet()) {
            JsonNode dependsOn = service(app).path("depends_on");
            for (String infrastructure : List.of("postgres", "kafka")) {
                assertEquals("service_healthy", dependsOn.path(infrastructure).path("condition").asText(),
                        app + " must depend on " + infrastructure + " with condition service_healthy");
            }
        }
    }

    @Test
    void every_service_has_a_healthcheck() {
        for (String name : names(services)) {
            JsonNode test = service(name).path("healthcheck").path("test");
            boolean defined = test.isArray() ? test.size() > 1 && !"NONE".equals(test.get(0).asText())
                    : test.isTextual() && !test.asText().isBlank();
            assertTrue(defined, name + " has no healthcheck test");
            if (APPS.containsKey(name)) {
                assertTrue(test.toString().contains("/q/health/ready"), name + " must check /q/health/ready");
                assertTrue(test.toString().contains(String.valueOf(APPS.get(name).port())),
                        name + "'s healthcheck must call its own port " + APPS.get(name).port());
            }
        }
    }

    @Test
    void the_service_ports_and_the_infrastructure_ports_are_published() {
        APPS.forEach((app, expected) -> assertTrue(published(app).contains(expected.port() + ":" + expected.port()),
                app + " must publish " + expected.port() + ":" + expected.port() + ", has " + published(app)));
        assertTrue(published("postgres").contains("5432:5432"), "postgres must publish 5432");
        assertTrue(published("kafka").contains("9092:9092"), "kafka must publish 9092");
    }

    @Test
    void each_service_port_matches_its_application_properties() throws IOException {
        for (var entry : APPS.entrySet()) {
            Properties properties = new Properties();
            try (InputStream in = Files.newInputStream(
                    ROOT.resolve(entry.getKey()).resolve("src/main/resources/application.properties"))) {
                properties.load(in);
            }
            assertEquals(String.valueOf(entry.getValue().port()), properties.getProperty("quarkus.http.port"),
                    entry.getKey() + ": quarkus.http.port differs from the compose port");
        }
    }

    @Test
    void each_app_builds_from_its_dockerfile_which_exposes_its_port() throws IOException {
        for (var entry : APPS.entrySet()) {
            JsonNode build = service(entry.getKey()).path("build");
            String context = build.path("context").asText();
            String dockerfile = build.path("dockerfile").asText();
            assertEquals("./" + entry.getKey(), context, entry.getKey() + " must build in its module directory");
            assertEquals("src/main/docker/Dockerfile.jvm", dockerfile, entry.getKey());
            Path path = ROOT.resolve(context).resolve(dockerfile);
            assertTrue(Files.isRegularFile(path), "missing " + path.normalize());
            String content = Files.readString(path);
            assertTrue(content.contains("EXPOSE " + entry.getValue().port()),
                    path.normalize() + " must EXPOSE " + entry.getValue().port());
            assertTrue(content.contains("target/quarkus-app/"), path.normalize() + " must copy the fast-jar");
        }
    }

    @Test
    void each_app_uses_its_own_database_and_the_internal_kafka_listener() {
        String advertised = service("kafka").path("environment").path("KAFKA_ADVERTISED_LISTENERS").asText();
        for (var entry : APPS.entrySet()) {
            JsonNode environment = service(entry.getKey()).path("environment");
            assertEquals("jdbc:postgresql://postgres:5432/" + entry.getValue().database(),
                    environment.path("QUARKUS_DATASOURCE_JDBC_URL").asText(), entry.getKey());
            String bootstrap = environment.path("KAFKA_BOOTSTRAP_SERVERS").asText();
            assertFalse(bootstrap.isBlank(), entry.getKey() + " has no KAFKA_BOOTSTRAP_SERVERS");
            assertTrue(advertised.contains("//" + bootstrap),
                    entry.getKey() + " uses " + bootstrap + ", which Kafka does not advertise (" + advertised + ")");
        }
    }

    @Test
    void the_init_script_creates_the_four_databases() throws IOException {
        String initScript = null;
        for (JsonNode volume : service("postgres").path("volumes")) {
            String[] parts = volume.asText().split(":");
            if (parts.length >= 2 && parts[1].startsWith("/docker-entrypoint-initdb.d")) {
                initScript = parts[0];
            }
        }
        if (initScript == null) {
            fail("postgres mounts no init script into /docker-entrypoint-initdb.d");
        }
        Path script = ROOT.resolve(initScript);
        assertTrue(Files.isRegularFile(script), "missing " + script.normalize());
        Set<String> created = new TreeSet<>();
        Matcher matcher = Pattern.compile("(?i)CREATE\\s+DATABASE\\s+\"?(\\w+)\"?").matcher(Files.readString(script));
        while (matcher.find()) {
            created.add(matcher.group(1));
        }
        Set<String> expected = new TreeSet<>();
        APPS.values().forEach(app -> expected.add(app.database()));
        assertEquals(expected, created);
    }

    /**
     * The development key's private half is in the repository: a deployment that accepted it would let
     * anyone mint an administrator's token. Compose runs the production profile (which refuses that key
     * at start) unless the operator opts in by name.
     */
    @Test
    void every_service_runs_the_production_profile_unless_the_development_key_is_opted_in() {
        for (String app : APPS.keySet()) {
            JsonNode environment = service(app).path("environment");
            String profile = environment.path("QUARKUS_PROFILE").asText();
            assertEquals("prod", interpolate(profile, Map.of()), app + " must default to the production profile");
            assertEquals("prod", interpolate(profile, Map.of("QUARKUS_PROFILE", "local")),
                    app + ": a QUARKUS_PROFILE left in a shell must not switch the development key on");
            assertEquals("local", interpolate(profile, Map.of("HANDBOOK_PROFILE", "local")),
                    app + ": HANDBOOK_PROFILE=local opts in to bin/dev-token's key");
            assertEquals("https://sso.example.com/jwks", interpolate(environment.path("MP_JWT_VERIFY_PUBLICKEY_LOCATION")
                            .asText(), Map.of("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "https://sso.example.com/jwks")),
                    app + " must take the identity provider's key from MP_JWT_VERIFY_PUBLICKEY_LOCATION");
            assertEquals("https://sso.example.com", interpolate(environment.path("MP_JWT_VERIFY_ISSUER").asText(),
                    Map.of("MP_JWT_VERIFY_ISSUER", "https://sso.example.com")), app + " must take the issuer from MP_JWT_VERIFY_ISSUER");
        }
    }

    /** Compose's {@code ${NAME}} and {@code ${NAME:-default}}, as docker compose resolves them. */
    private static String interpolate(String value, Map<String, String> variables) {
        Matcher matcher = Pattern.compile("\\$\\{(\\w+)(?::-([^}]*))?}").matcher(value);
        StringBuilder resolved = new StringBuilder();
        while (matcher.find()) {
            String set = variables.get(matcher.group(1));
            String replacement = set != null && !set.isEmpty() ? set : matcher.group(2) == null ? "" : matcher.group(2);
            matcher.appendReplacement(resolved, Matcher.quoteReplacement(replacement));
        }
        return matcher.appendTail(resolved).toString();
    }

    private static JsonNode service(String name) {
        JsonNode service = services.path(name);
        assertTrue(service.isObject(), "no service " + name);
        return service;
    }

    private static List<String> published(String name) {
        List<String> ports = new ArrayList<>();
        service(name).path("ports").forEach(port -> ports.add(port.asText()));
        return ports;
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new TreeSet<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
