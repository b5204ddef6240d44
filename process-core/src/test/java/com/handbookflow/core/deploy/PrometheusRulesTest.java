package com.handbookflow.core.deploy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The alert rules of deploy/prometheus are valid for Prometheus and fire when, and only when, the
 * handbook's targets or the system's health are missed: Prometheus' own {@code promtool} checks them and
 * runs their unit tests (alerts.test.yml: on-time rate, satisfaction, violations, service down, outbox
 * age, consumer lag, dead letters). promtool comes with Debian's {@code prometheus} package (bin/test and
 * .ci/run install it).
 */
class PrometheusRulesTest {

    private static final Path PROMETHEUS = Path.of("..", "deploy", "prometheus");
    private static final String PROMTOOL = "/usr/bin/promtool";

    @BeforeAll
    static void promtoolIsInstalled() {
        assertTrue(new File(PROMTOOL).canExecute(), "promtool is needed: apt-get install --no-install-recommends prometheus");
    }

    @Test
    void the_alert_rules_are_valid_prometheus_rules() throws Exception {
        Result result = promtool("check", "rules", "alerts.yml");
        assertEquals(0, result.status(), result.output());
        assertTrue(result.output().contains("SUCCESS: 9 rules found"), result.output());
    }

    @Test
    void each_alert_fires_when_its_target_is_missed_and_stays_quiet_otherwise() throws Exception {
        Result result = promtool("test", "rules", "alerts.test.yml");
        assertEquals(0, result.status(), result.output());
    }

    @Test
    void the_scrape_configuration_is_valid_and_loads_the_rules() throws Exception {
        Result result = promtool("check", "config", "prometheus.yml");
        assertEquals(0, result.status(), result.output());
    }

    private record Result(int status, String output) {
    }

    private static Result promtool(String... arguments) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(PROMTOOL));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(PROMETHEUS.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "promtool did not finish");
        return new Result(process.exitValue(), output);
    }
}
