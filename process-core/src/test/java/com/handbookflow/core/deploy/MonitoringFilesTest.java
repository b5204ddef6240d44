package com.handbookflow.core.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The monitoring files, which cannot run here (no Docker): Prometheus scrapes every service's
 * {@code /q/metrics} at its compose port, Grafana's dashboard is valid JSON on the provisioned data source
 * and charts every metric an alert watches, and compose mounts the files that exist.
 */
class MonitoringFilesTest {

    private static final Path ROOT = Path.of("..");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Integer> APPS = Map.of("launch-service", 8081, "complaint-service", 8082,
            "project-service", 8083, "notification-service", 8084);

    @Test
    void prometheus_scrapes_each_services_metrics_at_its_compose_address() throws IOException {
        JsonNode config = YAML.readTree(ROOT.resolve("deploy/prometheus/prometheus.yml").toFile());
        Map<String, String> scraped = new TreeMap<>();
        for (JsonNode job : config.path("scrape_configs")) {
            assertEquals("/q/metrics", job.path("metrics_path").asText(), job.path("job_name").asText());
            scraped.put(job.path("job_name").asText(), job.path("static_configs").get(0).path("targets").get(0).asText());
        }
        Map<String, String> expected = new TreeMap<>();
        APPS.forEach((app, port) -> expected.put(app, app + ":" + port));
        assertEquals(expected, scraped);
        assertEquals("alerts.yml", config.path("rule_files").get(0).asText());
    }

    @Test
    void the_grafana_dashboard_charts_every_metric_an_alert_watches_on_the_provisioned_data_source() throws IOException {
        JsonNode dashboard = JSON.readTree(ROOT.resolve("deploy/grafana/dashboards/handbook-flow.json").toFile());
        assertEquals("handbook-flow", dashboard.path("uid").asText());
        String dataSource = YAML.readTree(ROOT.resolve("deploy/grafana/provisioning/datasources/prometheus.yml").toFile())
                .path("datasources").get(0).path("uid").asText();
        StringBuilder queries = new StringBuilder();
        Set<Integer> ids = new TreeSet<>();
        for (JsonNode panel : dashboard.path("panels")) {
            assertTrue(ids.add(panel.path("id").asInt()), "panel ids are unique: " + panel.path("id"));
            assertEquals(dataSource, panel.path("datasource").path("uid").asText(), panel.path("title").asText());
            assertFalse(panel.path("targets").isEmpty(), panel.path("title").asText() + " has no query");
            for (JsonNode target : panel.path("targets")) {
                assertFalse(target.path("expr").asText().isBlank(), panel.path("title").asText());
                queries.append(target.path("expr").asText()).append('\n');
            }
        }
        for (String metric : metricsTheAlertsWatch()) {
            assertTrue(queries.toString().contains(metric), "the dashboard does not chart " + metric);
        }
        for (String metric : Set.of("handbook_outbox_unsent_events", "handbook_outbox_published_events_total",
                "handbook_outbox_relay_publish_seconds", "agroal_active_count", "http_server_requests_seconds_count")) {
            assertTrue(queries.toString().contains(metric), "the dashboard does not chart " + metric);
        }
    }

    @Test
    void compose_mounts_the_monitoring_files_that_exist() throws IOException {
        JsonNode services = YAML.readTree(ROOT.resolve("docker-compose.yml").toFile()).path("services");
        for (String name : Set.of("prometheus", "grafana")) {
            for (JsonNode volume : services.path(name).path("volumes")) {
                String source = volume.asText().split(":")[0];
                if (source.startsWith("./")) {
                    assertTrue(Files.exists(ROOT.resolve(source)), name + " mounts " + source + ", which does not exist");
                }
            }
        }
        assertTrue(services.path("prometheus").path("volumes").toString().contains("./deploy/prometheus:/etc/prometheus"));
        assertEquals("service_healthy", services.path("grafana").path("depends_on").path("prometheus").path("condition").asText());
    }

    private static Set<String> metricsTheAlertsWatch() throws IOException {
        Set<String> metrics = new TreeSet<>();
        JsonNode rules = YAML.readTree(ROOT.resolve("deploy/prometheus/alerts.yml").toFile());
        Pattern metric = Pattern.compile("\\b(handbook_[a-z_]+|up)\\b");
        for (JsonNode group : rules.path("groups")) {
            for (JsonNode rule : group.path("rules")) {
                Matcher m = metric.matcher(rule.path("expr").asText());
                while (m.find()) {
                    metrics.add(m.group(1));
                }
            }
        }
        assertTrue(metrics.size() >= 8, "alerts watch " + metrics);
        return metrics;
    }
}
