package com.handbookflow.faultsuite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The system under test, entirely the suite's own: a PostgreSQL cluster made with pg_createcluster on
 * its own port (so restarting it never touches the shared cluster on 5432), a Kafka broker from
 * bin/kafka-local in its own directory and ports, and the four packaged services on their own ports.
 * Everything listens on 127.0.0.1 only; {@link #close()} stops and removes all of it.
 */
final class LocalSystem implements AutoCloseable {

    static final String CLUSTER = "faultsuite";
    static final int POSTGRES_PORT = 55432;
    static final int KAFKA_PORT = 19092;
    static final int KAFKA_CONTROLLER_PORT = 19093;
    static final int FIRST_SERVICE_PORT = 18081;

    private final Path repo;
    private final Path work;
    private final String postgresVersion;
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private final List<ServiceProcess> extraInstances = new ArrayList<>();
    private boolean clusterCreated;
    private boolean kafkaStarted;
    private boolean closed;

    LocalSystem(Path repo) throws IOException {
        this.repo = repo;
        this.work = repo.resolve(".run/fault-suite");
        Files.createDirectories(work.resolve("logs"));
        try (Stream<Path> versions = Files.list(Path.of("/etc/postgresql"))) {
            this.postgresVersion = versions.map(p -> p.getFileName().toString())
                    .max(Comparator.comparingDouble(Double::parseDouble))
                    .orElseThrow(() -> new IllegalStateException("no PostgreSQL under /etc/postgresql"));
        }
        int port = FIRST_SERVICE_PORT;
        for (String[] service : new String[][] {{"launch", "launch-service"}, {"complaint", "complaint-service"},
                {"project", "project-service"}, {"notification", "notification-service"}}) {
            services.put(service[0], newInstance(service[0], service[1], port++, service[0]));
        }
    }

    private ServiceProcess newInstance(String name, String module, int port, String database) {
        Map<String, String> environment = new HashMap<>();
        environment.put("QUARKUS_PROFILE", "local");
        environment.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl(database));
        environment.put("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:" + KAFKA_PORT);
        // the phases count every notice's delivery whatever the hour the suite runs at: nothing held for
        // quiet hours (QuietHoursTest proves them with an injected clock)
        environment.put("NOTIFICATION_QUIET_HOURS_ENABLED", "false");
        return new ServiceProcess(name, module, port, repo, work.resolve("logs"), environment);
    }

    ServiceProcess service(String name) {
        return services.get(name);
    }

    Iterable<ServiceProcess> services() {
        return services.values();
    }

    /** A second notification-service on the same database and topics (same consumer group). */
    ServiceProcess startSecondNotificationInstance() throws IOException, InterruptedException {
        ServiceProcess second = newInstance("notification-2", "notification-service", FIRST_SERVICE_PORT + 4, "notification");
        extraInstances.add(second);
        second.start();
        requireReady(second);
        return second;
    }

    // --- PostgreSQL ---------------------------------------------------------------------------

    void startPostgres() throws IOException, InterruptedException {
        if (run(List.of("pg_lsclusters", "-h")).contains(" " + CLUSTER + " ")) {
            Log.say("removing the cluster a previous run left behind");
            run(List.of("pg_dropcluster", "--stop", postgresVersion, CLUSTER));
        }
        Log.say("PostgreSQL " + postgresVersion + ": own cluster '" + CLUSTER + "' on 127.0.0.1:" + POSTGRES_PORT);
        runChecked(List.of("pg_createcluster", postgresVersion, CLUSTER, "-p", Integer.toString(POSTGRES_PORT),
                "--start", "--", "--auth=trust"));
        clusterCreated = true;
        try (Connection connection = connect("postgres")) {
            for (String database : List.of("launch", "complaint", "project", "notification")) {
                connection.createStatement().execute("create database " + database);
            }
        } catch (SQLException e) {
            throw new IOException("could not create the databases", e);
        }
    }

    /** An immediate stop is a crash: no checkpoint, the server recovers from its WAL on start. */
    void restartPostgres() throws IOException, InterruptedException {
        runChecked(List.of("pg_ctlcluster", postgresVersion, CLUSTER, "restart", "-m", "immediate"));
    }

    static String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + POSTGRES_PORT + "/" + database;
    }

    static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), "postgres", "");
    }

    // --- Kafka -------------------------------------------------------------------------------

    void startKafka() throws IOException, InterruptedException {
        if (!kafkaStarted) {
            deleteRecursively(work.resolve("kafka/data")); // every run starts from an empty broker
        }
        runChecked(kafkaLocal("start"));
        kafkaStarted = true;
    }

    void stopKafka() throws IOException, InterruptedException {
        runChecked(kafkaLocal("stop"));
    }

    private List<String> kafkaLocal(String command) {
        return List.of(repo.resolve("bin/kafka-local").toString(), command);
    }

    // --- services ----------------------------------------------------------------------------

    void startServices() throws IOException, InterruptedException {
        for (ServiceProcess service : services.values()) {
            service.start();
        }
        for (ServiceProcess service : services.values()) {
            requireReady(service);
        }
    }

    void requireReady(ServiceProcess service) throws InterruptedException {
        if (!service.awaitReady(Duration.ofSeconds(180))) {
            throw new IllegalStateException(service.name + " was not ready within 180 s; see " + service.log());
        }
    }

    /** Stops and removes everything; once, whether called at the end or by the shutdown hook of a Ctrl-C. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (ServiceProcess service : extraInstances) {
            quietly(service::stop);
        }
        for (ServiceProcess service : services.values()) {
            quietly(service::stop);
        }
        if (kafkaStarted) {
            quietly(this::stopKafka);
        }
        if (clusterCreated) {
            quietly(() -> run(List.of("pg_dropcluster", "--stop", postgresVersion, CLUSTER)));
        }
    }

    // --- processes ---------------------------------------------------------------------------

    private String run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("KAFKA_LOCAL_DIR", work.resolve("kafka").toString());
        builder.environment().put("KAFKA_LOCAL_PORT", Integer.toString(KAFKA_PORT));
        builder.environment().put("KAFKA_LOCAL_CONTROLLER_PORT", Integer.toString(KAFKA_CONTROLLER_PORT));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException(String.join(" ", command) + " did not finish within 180 s");
        }
        if (process.exitValue() != 0) {
            throw new CommandFailed(String.join(" ", command) + " failed (" + process.exitValue() + "):\n" + output);
        }
        return output;
    }

    private void runChecked(List<String> command) throws IOException, InterruptedException {
        run(command);
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private interface Step {
        void run() throws Exception;
    }

    private static void quietly(Step step) {
        try {
            step.run();
        } catch (Exception e) {
            Log.say("  (cleaning up: " + e.getMessage() + ")");
        }
    }

    static final class CommandFailed extends IOException {
        CommandFailed(String message) {
            super(message);
        }
    }
}
