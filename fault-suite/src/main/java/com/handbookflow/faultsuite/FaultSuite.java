package com.handbookflow.faultsuite;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * bin/fault-suite: the system under faults, with figures. Phases (all by default, or --only a,b):
 * kafka-outage, kill, idempotency-crash, two-notifications, postgres-restart, malformed.
 * Exit status 0 when every rule held, 1 otherwise; the figures also go to .run/fault-suite/result.json.
 */
public final class FaultSuite {

    private final Path repo;
    private final Options options;
    private final Figures figures = new Figures();
    private final Random random;
    private LocalSystem system;
    private WebhookReceiver receiver;
    /** Notices made before the receiver was registered (the services' own start-up reminders) never reach it. */
    private Instant webhookRegisteredAt;
    private String intakeToken;
    private String adminToken;

    private FaultSuite(Path repo, Options options) {
        this.repo = repo;
        this.options = options;
        this.random = new Random(options.seed);
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Path repo = Path.of(System.getProperty("handbook.repo", ".")).toAbsolutePath().normalize();
        boolean ok = new FaultSuite(repo, options).run();
        System.exit(ok ? 0 : 1);
    }

    private boolean run() throws Exception {
        long started = System.nanoTime();
        try (LocalSystem system = new LocalSystem(repo); WebhookReceiver receiver = new WebhookReceiver()) {
            this.system = system;
            Runtime.getRuntime().addShutdownHook(new Thread(system::close, "fault-suite-cleanup")); // Ctrl-C
            this.receiver = receiver;
            Log.say("starting PostgreSQL, Kafka and the four services (own ports 55432, 19092, 18081-18084)");
            system.startPostgres();
            system.startKafka();
            system.startServices();
            intakeToken = Api.token(repo, "fs-intake", "customer-service", "STAFF");
            adminToken = Api.token(repo, "fs-admin", "operations-management", "ADMIN");
            registerWebhook();
            for (String phase : options.phases) {
                Log.say("phase " + phase);
                try {
                    switch (phase) {
                        case "kafka-outage" -> kafkaOutage();
                        case "kill" -> killEachService();
                        case "idempotency-crash" -> idempotencyCrash();
                        case "two-notifications" -> twoNotificationInstances();
                        case "postgres-restart" -> postgresRestart();
                        case "malformed" -> malformedInput();
                        default -> throw new IllegalArgumentException("unknown phase " + phase);
                    }
                } catch (Exception e) {
                    figures.failed(phase, "phase ran to its end", e.toString());
                    e.printStackTrace();
                }
            }
        } finally {
            figures.info("suite", "duration", Duration.ofNanos(System.nanoTime() - started).toSeconds() + " s");
            figures.print();
            Path result = repo.resolve(".run/fault-suite/result.json");
            figures.write(result);
            System.out.println();
            System.out.println((figures.allOk() ? "every rule held" : "SOME RULES FAILED") + "; figures in " + repo.relativize(result)
                    + ", service logs in .run/fault-suite/logs");
        }
        return figures.allOk();
    }

    private void registerWebhook() throws Exception {
        HttpResponse<String> response = Api.postJson(system.service("notification").baseUrl() + "/api/v1/webhooks", adminToken,
                // one message per notice: the phases count each notice's delivery (digests are proven by DigestsTest)
                "{\"url\": \"" + receiver.url() + "\", \"secret\": \"fault-suite-shared-secret\", \"deliveryMode\": \"EACH\"}", null);
        if (response.statusCode() != 201 && response.statusCode() != 200) {
            throw new IllegalStateException("could not register the webhook: " + response.statusCode() + " " + response.body());
        }
        webhookRegisteredAt = Instant.now();
    }

    // --- phases ----------------------------------------------------------------------------

    /** Kafka stopped under load: the API and health answer throughout, and every event arrives once. */
    private void kafkaOutage() throws Exception {
        String phase = "kafka-outage";
        try (IntakeLoad load = new IntakeLoad(complaintUrl(), intakeToken).start(options.workers)) {
            Thread.sleep(5_000);
            system.stopKafka();
            Log.say("  Kafka stopped for " + options.kafkaOutageSeconds + " s");
            HealthProbe probe = HealthProbe.during(system.services(), Duration.ofSeconds(options.kafkaOutageSeconds));
            system.startKafka();
            Log.say("  Kafka started again");
            Thread.sleep(10_000);
            load.stop();
            figures.info(phase, "complaints registered", load.acknowledged.size());
            figures.expect(phase, "requests unanswered or 5xx", load.serverErrors.get() + load.connectionErrors.get(), 0);
            figures.expect(phase, "health answers not 200", probe.failures, 0);
            figures.atMost(phase, "slowest health answer", probe.slowestMillis, 1000, " ms");
            checkLedger(phase, load);
        }
    }

    /** kill -9 of each service under load, then restarted: nothing acknowledged is lost, nothing applied twice. */
    private void killEachService() throws Exception {
        String phase = "kill";
        List<String> restarts = new ArrayList<>();
        try (IntakeLoad load = new IntakeLoad(complaintUrl(), intakeToken).start(options.workers)) {
            for (int round = 1; round <= options.killRounds; round++) {
                for (String name : List.of("complaint", "notification", "launch", "project")) {
                    Thread.sleep(2_000 + random.nextInt(3_000));
                    ServiceProcess service = system.service(name);
                    service.kill9();
                    long down = System.nanoTime();
                    service.start();
                    system.requireReady(service);
                    long seconds = Duration.ofNanos(System.nanoTime() - down).toSeconds();
                    restarts.add(name + " " + seconds + " s");
                    Log.say("  kill -9 " + name + " (round " + round + "), ready again after " + seconds + " s");
                }
            }
            Thread.sleep(3_000);
            load.stop();
            figures.info(phase, "kill -9 and restarts", restarts.size());
            figures.info(phase, "complaints registered", load.acknowledged.size());
            figures.info(phase, "requests retried (service down)", load.connectionErrors.get() + load.serverErrors.get());
            checkLedger(phase, load);
        }
    }

    /** 60 keyed registrations in flight, complaint-service killed 250 ms in: each key makes exactly one complaint. */
    private void idempotencyCrash() throws Exception {
        String phase = "idempotency-crash";
        int rounds = Math.max(1, options.killRounds);
        try (IntakeLoad burst = new IntakeLoad(complaintUrl(), intakeToken)) {
            for (int round = 0; round < rounds; round++) {
                burst.burst(60);
                Thread.sleep(250);
                ServiceProcess complaint = system.service("complaint");
                complaint.kill9();
                complaint.start();
                system.requireReady(complaint);
            }
            burst.stop();
            Map<String, Integer> perKey = Ledger.complaintsPerKey();
            long none = burst.sent.stream().filter(key -> !perKey.containsKey(key)).count();
            long twice = burst.sent.stream().filter(key -> perKey.getOrDefault(key, 0) > 1).count();
            figures.info(phase, "keyed requests", burst.sent.size());
            figures.info(phase, "answered after a retry", burst.connectionErrors.get());
            figures.expect(phase, "keys without an answer", burst.sent.size() - burst.acknowledged.size(), 0);
            figures.expect(phase, "keys that made no complaint", none, 0);
            figures.expect(phase, "keys that made two or more", twice, 0);
            if (!burst.unexpected.isEmpty()) {
                figures.failed(phase, "unexpected answers", burst.unexpected.size() + ", e.g. " + burst.unexpected.peek());
            }
        }
    }

    /** Two notification-service instances on one database: each notice made and delivered once. */
    private void twoNotificationInstances() throws Exception {
        String phase = "two-notifications";
        ServiceProcess second = system.startSecondNotificationInstance();
        try (IntakeLoad load = new IntakeLoad(complaintUrl(), intakeToken).start(options.workers)) {
            Thread.sleep(options.twoInstancesSeconds * 1000L);
            load.stop();
            checkLedger(phase, load);
            // The reminder scheduler runs every 30 s and the webhook sender every 10 s, in both instances.
            Thread.sleep(45_000);
            List<Ledger.Undelivered> undelivered = awaitWebhookDeliveries(Duration.ofSeconds(120));
            List<Ledger.Undelivered> due = undelivered.stream().filter(u -> !u.held()).toList();
            figures.info(phase, "notices (inbox rows, since the webhook was registered)", Ledger.notices(webhookRegisteredAt));
            figures.expect(phase, "notices sent twice (inbox)", Ledger.noticesSentTwice(), 0);
            figures.expect(phase, "notices due but not delivered to the webhook", due.size(), 0);
            figures.examples(phase + " undelivered", due.stream().limit(10).map(Object::toString).toList());
            // Quiet hours: a person's non-urgent notice made outside working hours goes out at the next
            // working day's start, so a run in the evening sees some waiting, correctly.
            figures.info(phase, "notices held for quiet hours (delivered when the hold ends)", undelivered.size() - due.size());
            undelivered.stream().filter(Ledger.Undelivered::held).findFirst()
                    .ifPresent(held -> figures.info(phase, "e.g. held", held));
            // The webhook is at least once by contract: a batch whose transaction fails after its POSTs (the
            // process dies, or the batch outlives its transaction) sends them again with the same key.
            figures.info(phase, "webhook redeliveries (same key, receiver de-duplicates)", receiver.deliveredTwice());
        } finally {
            second.stop();
        }
    }

    /** PostgreSQL crashes and restarts under load: the services recover by themselves, nothing acknowledged is lost. */
    private void postgresRestart() throws Exception {
        String phase = "postgres-restart";
        try (IntakeLoad load = new IntakeLoad(complaintUrl(), intakeToken).start(options.workers)) {
            Thread.sleep(5_000);
            int before = load.acknowledged.size();
            long restart = System.nanoTime();
            system.restartPostgres();
            Log.say("  PostgreSQL restarted (immediate stop: a crash)");
            long recovered = -1;
            while (Duration.ofNanos(System.nanoTime() - restart).toSeconds() < 120) {
                if (load.acknowledged.size() > before + options.workers) {
                    recovered = Duration.ofNanos(System.nanoTime() - restart).toMillis();
                    break;
                }
                Thread.sleep(100);
            }
            Thread.sleep(10_000);
            load.stop();
            long restarted = 0;
            for (ServiceProcess service : system.services()) {
                restarted += service.alive() && service.ready() ? 0 : 1;
            }
            figures.expect(phase, "services that needed a restart", restarted, 0);
            if (recovered < 0) {
                figures.failed(phase, "registrations again after the restart", "not within 120 s");
            } else {
                figures.info(phase, "registrations again after", recovered + " ms");
            }
            checkLedger(phase, load);
        }
    }

    /** Malformed input from each service's OpenAPI: never a 5xx, always problem+json, never a Java type. */
    private void malformedInput() throws Exception {
        String phase = "malformed";
        for (ServiceProcess service : system.services()) {
            MalformedInput attack = new MalformedInput(service, adminToken, options.randomPerField).run();
            String prefix = service.name + ": ";
            figures.info(phase, prefix + "operations / requests", attack.operations + " / " + attack.requests);
            figures.info(phase, prefix + "accepted / refused (4xx)", attack.accepted + " / " + attack.refused);
            figures.expect(phase, prefix + "5xx, not problem+json or leaks", attack.failures.size(), 0);
            figures.examples(phase + " " + service.name, attack.failures);
            attack.known.forEach(line -> figures.info(phase, prefix + "known", line));
        }
    }

    // --- shared checks -----------------------------------------------------------------------

    private void checkLedger(String phase, IntakeLoad load) throws Exception {
        Ledger.Delivery delivery = Ledger.awaitDelivery(Duration.ofSeconds(60), Duration.ofMinutes(10));
        Map<String, Integer> perKey = Ledger.complaintsPerKey();
        Set<String> keys = load.acknowledged.keySet();
        figures.expect(phase, "acknowledged complaints lost", keys.stream().filter(k -> !perKey.containsKey(k)).count(), 0);
        figures.expect(phase, "keys that made two complaints", load.sent.stream().filter(k -> perKey.getOrDefault(k, 0) > 1).count(), 0);
        figures.expect(phase, "events still unsent", delivery.unsent(), 0);
        figures.expect(phase, "events lost (not applied)", delivery.notProcessed(), 0);
        figures.expect(phase, "notices sent twice", Ledger.noticesSentTwice(), 0);
        if (!load.unexpected.isEmpty()) {
            figures.failed(phase, "unexpected answers", load.unexpected.size() + ", e.g. " + load.unexpected.peek());
        }
        List<Long> latencies = new ArrayList<>(load.latenciesMillis);
        latencies.sort(null);
        if (!latencies.isEmpty()) {
            figures.info(phase, "registration p50 / p99", latencies.get(latencies.size() / 2) + " / "
                    + latencies.get((int) (latencies.size() * 0.99)) + " ms");
        }
    }

    /** Waits until every notice due to go out reached the receiver; returns those that did not (held ones included). */
    private List<Ledger.Undelivered> awaitWebhookDeliveries(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Ledger.Undelivered> undelivered;
        do {
            undelivered = Ledger.undelivered(receiver.deliveries.keySet(), webhookRegisteredAt);
            if (undelivered.stream().allMatch(Ledger.Undelivered::held)) {
                return undelivered;
            }
            Thread.sleep(1_000);
        } while (System.nanoTime() < deadline);
        return undelivered;
    }

    private String complaintUrl() {
        return system.service("complaint").baseUrl();
    }

    /** Readiness of every service polled once a second: how many answers were not 200, the slowest. */
    static final class HealthProbe {
        int failures;
        long slowestMillis;

        static HealthProbe during(Iterable<ServiceProcess> services, Duration duration) throws InterruptedException {
            HealthProbe probe = new HealthProbe();
            long end = System.nanoTime() + duration.toNanos();
            while (System.nanoTime() < end) {
                for (ServiceProcess service : services) {
                    long started = System.nanoTime();
                    try {
                        HttpResponse<String> response = Api.HTTP.send(HttpRequest.newBuilder(URI.create(service.baseUrl() + "/q/health/ready"))
                                .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() != 200) {
                            probe.failures++;
                        }
                    } catch (java.io.IOException e) {
                        probe.failures++;
                    }
                    probe.slowestMillis = Math.max(probe.slowestMillis, (System.nanoTime() - started) / 1_000_000);
                }
                Thread.sleep(1_000);
            }
            return probe;
        }
    }

    static final class Options {
        List<String> phases = List.of("kafka-outage", "kill", "idempotency-crash", "two-notifications", "postgres-restart", "malformed");
        int kafkaOutageSeconds = 60;
        int killRounds = 2;
        int workers = 4;
        int twoInstancesSeconds = 30;
        int randomPerField = 6;
        long seed = 20261127L;

        static Options parse(String[] args) {
            Options options = new Options();
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                switch (args[i]) {
                    case "--quick" -> {
                        options.kafkaOutageSeconds = 15;
                        options.killRounds = 1;
                        options.twoInstancesSeconds = 15;
                        options.randomPerField = 2;
                    }
                    case "--only" -> { options.phases = List.of(require(value, "--only").split(",")); i++; }
                    case "--kafka-outage" -> { options.kafkaOutageSeconds = Integer.parseInt(require(value, "--kafka-outage")); i++; }
                    case "--kill-rounds" -> { options.killRounds = Integer.parseInt(require(value, "--kill-rounds")); i++; }
                    case "--workers" -> { options.workers = Integer.parseInt(require(value, "--workers")); i++; }
                    case "--random-per-field" -> { options.randomPerField = Integer.parseInt(require(value, "--random-per-field")); i++; }
                    case "--seed" -> { options.seed = Long.parseLong(require(value, "--seed")); i++; }
                    default -> throw new IllegalArgumentException("unknown option " + args[i] + " (see bin/fault-suite --help)");
                }
            }
            return options;
        }

        private static String require(String value, String option) {
            if (value == null) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return value;
        }
    }
}
