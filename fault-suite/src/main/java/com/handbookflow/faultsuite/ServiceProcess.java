package com.handbookflow.faultsuite;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One packaged service (its fast-jar) run as a child process on the suite's own ports, database and
 * broker. kill -9 is {@link Process#destroyForcibly()}: SIGKILL on Linux, no shutdown hook runs.
 */
final class ServiceProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final String name;
    final String module;
    final int port;
    private final Path jar;
    private final Path log;
    private final Map<String, String> environment;
    private Process process;

    ServiceProcess(String name, String module, int port, Path repo, Path logDir, Map<String, String> environment) {
        this.name = name;
        this.module = module;
        this.port = port;
        this.jar = repo.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        this.log = logDir.resolve(name + ".log");
        this.environment = environment;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    void start() throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: bin/fault-suite builds it first");
        }
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx384m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        process = builder.start();
    }

    /** Waits until /q/health/ready answers UP; false after the timeout or when the process died. */
    boolean awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (process == null || !process.isAlive()) {
                return false;
            }
            if (ready()) {
                return true;
            }
            Thread.sleep(250);
        }
        return false;
    }

    boolean ready() {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(3)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    void kill9() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill9();
            }
        }
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    Path log() {
        return log;
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
