package com.handbookflow.complaint.startup;

import com.handbookflow.core.testing.PostgresDatabaseResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged service, started as an operator starts it, with a limit in configuration that is not a
 * limit: it refuses to start and says which key to fix, instead of failing a request later.
 */
class BadConfigurationRefusedIT {

    private final PostgresDatabaseResource database = new PostgresDatabaseResource();
    private Map<String, String> datasource;

    @BeforeEach
    void createDatabase() {
        database.init(Map.of("database", "complaint"));
        datasource = database.start();
    }

    @AfterEach
    void dropDatabase() {
        database.stop();
    }

    @Test
    void a_service_with_a_wrong_limit_in_configuration_refuses_to_start_naming_the_key() throws Exception {
        Path log = Files.createTempFile("complaint-start", ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.profile=local",
                "-Dhandbook.process.complaint.nodes.CLASSIFY.limit=P2X",
                "-Dquarkus.http.port=0",
                // no broker is needed to refuse: the check runs before anything talks to Kafka
                "-Dkafka.bootstrap.servers=127.0.0.1:1"));
        datasource.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", "target/quarkus-app/quarkus-run.jar"));

        Process service = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean exited = service.waitFor(120, TimeUnit.SECONDS);
        if (!exited) {
            service.destroyForcibly();
        }

        String output = read(log);
        assertTrue(exited, "the service kept running:\n" + output);
        assertNotEquals(0, service.exitValue(), output);
        assertTrue(output.contains("handbook.process.complaint.nodes.CLASSIFY.limit: 'P2X' is not a limit"), output);
    }

    private static String read(Path log) throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }
}
