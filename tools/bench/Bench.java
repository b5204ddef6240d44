import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The benchmark bin/bench runs against the system bin/run-local started (single-file Java program,
 * no build needed). It never fails on a slow figure: it measures and reports.
 *
 * Phases: footprint at rest; the database's own ceiling for intake's rows (pgbench with the
 * statements complaint-service issues, on a scratch copy of the schema); intake over REST at several
 * concurrencies; whole complaints driven through all their acts; commit -> applied latency of the
 * events; CPU per act of each process read from /proc (utime + stime), which does not depend on how
 * busy the machine is, unlike the rates.
 *
 * Environment: CS_TOKEN, LG_TOKEN (bin/dev-token), REPO_ROOT. Arguments: --seconds N (per phase),
 * --warm-up N (seconds of unmeasured load first), --concurrency 1,4,16 (intake), --intake-rate N (open-loop
 * intake after the closed loops, 500/s by default, 0: none), --act-workers N, --out FILE.
 */
public class Bench {

    static final String BASE = "http://127.0.0.1:8082/api/v1/complaints";
    static final String[] SERVICES = {"launch-service", "complaint-service", "project-service", "notification-service"};
    static final String[] DATABASES = {"launch", "complaint", "project", "notification"};
    static final long TICKS_PER_SECOND = 100;

    static Path repo;
    static int seconds = 20;
    static int[] concurrencies = {1, 4, 16};
    static int actWorkers = 8;
    static int warmUpSeconds = 20;
    static Path out;
    /** Whole complaints and event latency only (no database ceiling, no intake): for A/B pairs of a change. */
    static boolean actsOnly;
    /** The phases to run (--only a,b); empty: all ({@code --acts-only}: footprint and acts). */
    static List<String> only = List.of();
    static final List<String> PHASES = List.of("footprint", "acts", "intake", "events", "deadline", "metrics");

    static boolean runs(String phase) {
        if (!only.isEmpty()) {
            return only.contains(phase);
        }
        return !actsOnly || phase.equals("footprint") || phase.equals("acts");
    }
    static String csToken;
    static String lgToken;
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    static final Map<String, Object> RESULT = new LinkedHashMap<>();

    public static void main(String[] args) throws Exception {
        repo = Path.of(System.getenv().getOrDefault("REPO_ROOT", ".")).toAbsolutePath();
        out = repo.resolve(".run/bench/result.json");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                case "--concurrency" -> concurrencies = Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt).toArray();
                case "--act-workers" -> actWorkers = Integer.parseInt(args[++i]);
                case "--warm-up" -> warmUpSeconds = Integer.parseInt(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--acts-only" -> actsOnly = true;
                case "--only" -> only = List.of(args[++i].split(","));
                case "--deadline-open" -> deadlineOpen = Integer.parseInt(args[++i]);
                case "--deadline-due" -> deadlineDue = Integer.parseInt(args[++i]);
                case "--events-per-second" -> eventsPerSecond = Integer.parseInt(args[++i]);
                case "--intake-rate" -> intakeRate = Integer.parseInt(args[++i]);
                case "--metrics-nodes" -> metricsNodes = Long.parseLong(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        csToken = System.getenv("CS_TOKEN");
        lgToken = System.getenv("LG_TOKEN");
        svToken = System.getenv("SV_TOKEN");
        for (String phase : only) {
            if (!PHASES.contains(phase)) {
                throw new IllegalArgumentException("unknown phase " + phase + " (phases: " + PHASES + ")");
            }
        }
        RESULT.put("date", Instant.now().toString());
        RESULT.put("machine", machine());
        RESULT.put("secondsPerPhase", seconds);

        if (runs("footprint")) {
            footprint("idle");
            startup();
        }
        if (runs("acts")) {
            warmUp();
            idleCpu();
            // Whole complaints first: they end closed. Intake leaves open complaints whose first response
            // falls due 10 minutes later; the reminders they cause would otherwise be charged to the acts.
            acts();
            eventLatency();
            save();
        }
        if (runs("intake")) {
            double ceiling = ceiling();
            intake(ceiling);
            save();
        }
        if (runs("events")) {
            steadyEvents();
            save();
        }
        if (runs("deadline")) {
            deadline();
            save();
        }
        if (runs("metrics")) {
            metrics();
            save();
        }

        save();
        System.out.println();
        System.out.println("JSON: " + repo.relativize(out.toAbsolutePath()));
    }

    /** After each phase: a later phase that fails (or is stopped) leaves the figures taken so far. */
    static void save() throws IOException {
        Files.createDirectories(out.getParent());
        Files.writeString(out, Json.write(RESULT) + "\n");
    }

    // ---- footprint -----------------------------------------------------------------------------

    static void footprint(String when) throws IOException {
        Map<String, Object> rss = new LinkedHashMap<>();
        for (String service : SERVICES) {
            Integer pid = servicePid(service);
            rss.put(service, pid == null ? null : rssMb(pid));
        }
        RESULT.put("rssMb_" + when, rss);
        System.out.printf("%nRSS %s (MB): %s%n", when, rss);
    }

    static void startup() throws IOException {
        Map<String, Object> ready = new LinkedHashMap<>();
        Pattern started = Pattern.compile("started in ([0-9.]+)s");
        for (String service : SERVICES) {
            Path log = repo.resolve(".run/logs/" + service + ".log");
            Double s = null;
            if (Files.exists(log)) {
                Matcher m = started.matcher(Files.readString(log));
                while (m.find()) {
                    s = Double.parseDouble(m.group(1));
                }
            }
            ready.put(service, s);
        }
        RESULT.put("startToReadySeconds", ready);
        System.out.printf("start to ready (s, Quarkus 'started in'): %s%n", ready);
    }

    static double rssMb(int pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        return -1;
    }

    static Integer servicePid(String service) throws IOException {
        Path file = repo.resolve(".run/pids/" + service + ".pid");
        return Files.exists(file) ? Integer.valueOf(Files.readString(file).trim()) : null;
    }

    // ---- CPU from /proc ------------------------------------------------------------------------

    /** CPU ticks of every process we account for, by group (service, kafka, postgres backends of our databases). */
    static Map<String, Map<Integer, Long>> cpuSnapshot() throws IOException {
        Map<String, Map<Integer, Long>> groups = new LinkedHashMap<>();
        for (String service : SERVICES) {
            Integer pid = servicePid(service);
            if (pid != null) {
                groups.computeIfAbsent(service, k -> new TreeMap<>()).put(pid, ticks(pid));
                threadClasses(service, pid, groups);
            }
        }
        Path kafkaPid = repo.resolve(".run/kafka/kafka.pid");
        if (!Files.exists(kafkaPid)) {
            kafkaPid = repo.resolve(".run/pids/kafka.pid");
        }
        if (Files.exists(kafkaPid)) {
            int pid = Integer.parseInt(Files.readString(kafkaPid).trim());
            groups.computeIfAbsent("kafka", k -> new TreeMap<>()).put(pid, ticks(pid));
        }
        try (var dirs = Files.list(Path.of("/proc"))) {
            for (Path dir : (Iterable<Path>) dirs::iterator) {
                String name = dir.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                try {
                    String cmd = Files.readString(dir.resolve("cmdline")).replace('\0', ' ').trim();
                    // A backend's title: "postgres: [<cluster>: ]<user> <database> <client> <state>".
                    Matcher backend = BACKEND.matcher(cmd);
                    if (backend.find()) {
                        String database = backend.group(1);
                        String group = Arrays.asList(DATABASES).contains(database) ? "postgresql"
                                : database.equals("bench_ceiling") ? "postgresql(pgbench)" : null;
                        if (group != null) {
                            groups.computeIfAbsent(group, k -> new TreeMap<>()).put(Integer.parseInt(name), ticks(Integer.parseInt(name)));
                        }
                    }
                } catch (IOException | RuntimeException gone) {
                    // the process ended while we looked
                }
            }
        }
        return groups;
    }

    static final Pattern BACKEND = Pattern.compile("^postgres: (?:[^ ]+: )?[^ ]+ ([^ ]+) [0-9.:\\[\\]a-f]+\\(");

    /**
     * A JVM's CPU split by what spends it: the JIT compilers ({@code :jit}) and the garbage collector
     * ({@code :gc}); the rest is the application. In a run of minutes the JIT is a large share that a
     * long-running service amortises, so the report shows the figure without it too.
     */
    static void threadClasses(String service, int pid, Map<String, Map<Integer, Long>> groups) throws IOException {
        try (var tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    String comm = Files.readString(task.resolve("comm")).trim();
                    String kind = comm.startsWith("C1 Compiler") || comm.startsWith("C2 Compiler") ? ":jit"
                            : comm.startsWith("GC Thread") || comm.startsWith("G1 ") || comm.equals("VM Thread") ? ":gc" : null;
                    if (kind != null) {
                        int tid = Integer.parseInt(task.getFileName().toString());
                        groups.computeIfAbsent(service + kind, k -> new TreeMap<>()).put(tid, taskTicks(pid, tid));
                    }
                } catch (IOException | RuntimeException gone) {
                    // the thread ended while we looked
                }
            }
        }
    }

    static long taskTicks(int pid, int tid) throws IOException {
        return ticksOf(Files.readString(Path.of("/proc/" + pid + "/task/" + tid + "/stat")));
    }

    static long ticks(int pid) throws IOException {
        return ticksOf(Files.readString(Path.of("/proc/" + pid + "/stat")));
    }

    static long ticksOf(String stat) {
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime (fields 14, 15)
    }

    /** CPU milliseconds per unit of work, by group, between two snapshots. */
    static Map<String, Object> cpuPer(Map<String, Map<Integer, Long>> before, Map<String, Map<Integer, Long>> after,
                                      long units) {
        Map<String, Object> per = new LinkedHashMap<>();
        double total = 0;
        double jit = 0;
        for (var group : after.entrySet()) {
            long delta = 0;
            Map<Integer, Long> start = before.getOrDefault(group.getKey(), Map.of());
            for (var pid : group.getValue().entrySet()) {
                delta += pid.getValue() - start.getOrDefault(pid.getKey(), 0L);
            }
            double ms = units == 0 ? 0 : delta * (1000.0 / TICKS_PER_SECOND) / units;
            per.put(group.getKey(), round(ms, 3));
            if (!group.getKey().contains(":")) {
                total += ms;
            } else if (group.getKey().endsWith(":jit")) {
                jit += ms;
            }
        }
        per.put("totalWithoutJit", round(total - jit, 3));
        per.put("total", round(total, 3));
        return per;
    }

    /** CPU ms per second at rest of each process, from idleCpu(): subtracted for the marginal cost per act. */
    static Map<String, Object> idleMsPerSecond = Map.of();

    /**
     * CPU per act above what the processes spend at rest in the same time: on a machine so busy that
     * the acts/s fall, the at-rest cost (Kafka, relay polls, schedulers: 50-60 ms per second) is
     * spread over fewer acts and inflates the plain figure; this one does not depend on the rate.
     */
    static Map<String, Object> marginal(Map<String, Object> perUnit, double seconds, long units) {
        Map<String, Object> m = new LinkedHashMap<>();
        double total = 0;
        double jit = 0;
        for (var e : perUnit.entrySet()) {
            String k = e.getKey();
            if (k.startsWith("total")) {
                continue;
            }
            Object idle = idleMsPerSecond.get(k);
            double ms = ((Number) e.getValue()).doubleValue()
                    - (idle == null || units == 0 ? 0 : ((Number) idle).doubleValue() * seconds / units);
            m.put(k, round(ms, 3));
            if (!k.contains(":")) {
                total += ms;
            } else if (k.endsWith(":jit")) {
                jit += ms;
            }
        }
        m.put("totalWithoutJit", round(total - jit, 3));
        m.put("total", round(total, 3));
        return m;
    }

    /** What the system spends doing nothing (relay polls, schedulers, Kafka): CPU ms per second at rest. */
    static void idleCpu() throws Exception {
        Thread.sleep(3000);
        var before = cpuSnapshot();
        Thread.sleep(10_000);
        Map<String, Object> cpu = cpuPer(before, cpuSnapshot(), 10);
        idleMsPerSecond = cpu;
        RESULT.put("idleCpuMsPerSecond", cpu);
        System.out.printf("%nCPU at rest (ms per second): %s%n", brief(cpu));
    }

    /** The JIT compiles the hot paths first; its CPU would otherwise be charged to the first phase. */
    static void warmUp() throws Exception {
        List<Act> acts = lifecycle();
        int secs = warmUpSeconds;
        System.out.printf("%nwarm-up: %d s of whole complaints (not measured)%n", secs);
        runFor(4, secs, () -> {
            HttpResponse<String> created = post(csToken, BASE, intakeBody());
            Matcher m = NUMBER.matcher(created.body());
            if (m.find()) {
                for (Act act : acts) {
                    post(act.logistics ? lgToken : csToken, BASE + "/" + m.group(1) + act.path, act.body);
                }
            }
        });
    }

    /** One line: the total, without the JIT, and the processes that matter (JIT share in brackets). */
    static String brief(Map<String, Object> cpu) {
        StringBuilder b = new StringBuilder(String.format("total %.2f, w/o JIT %.2f:", cpu.get("total"), cpu.get("totalWithoutJit")));
        for (var e : cpu.entrySet()) {
            String k = e.getKey();
            if (k.contains(":") || k.startsWith("total") || ((Number) e.getValue()).doubleValue() < 0.05) {
                continue;
            }
            String shortName = k.replace("-service", "");
            Object jit = cpu.get(k + ":jit");
            b.append(String.format(" %s %.2f", shortName, ((Number) e.getValue()).doubleValue()));
            if (jit != null) {
                b.append(String.format(" (jit %.2f)", ((Number) jit).doubleValue()));
            }
        }
        return b.toString();
    }

    // ---- events at a steady rate: outbox -> applied, and the relay against Kafka's own producer -------

    static int eventsPerSecond = 500;

    /**
     * Writes copies of one real node-state-changed event (a completion; process type bench-seed, so the
     * supervision rows it adds are deleted after) into complaint's outbox at a steady
     * {@link #eventsPerSecond} (10 rows per 20 ms, each its own commit, from a PostgreSQL DO block), for
     * {@code --seconds}; notification-service applies them as any event. Latency: occurred_at (the
     * commit's clock) to processed_at. Rows written by SQL do not wake the relay as a service's own
     * commit does: it finds them at its next poll unless it is still busy with the previous batch.
     * Then a backlog of 20,000 such rows at once: the relay's events/s, against kafka-producer-perf-test
     * (the jars bin/kafka-local runs, same record size, acks=all, idempotent as the relay) in the same run.
     */
    static void steadyEvents() throws Exception {
        String template = psql("complaint", "select seq from outbox_event where event_type like '%node-state-changed%'"
                + " and payload->>'newState' = 'COMPLETED' and payload->>'instanceStatus' <> 'ENDED' order by seq desc limit 1");
        if (template.isBlank()) {
            System.out.printf("%nevents: no completed node event in complaint's outbox to copy (run the acts phase once); skipped%n");
            return;
        }
        String copy = "select gen_random_uuid(), topic, aggregate_type, gen_random_uuid()::text, event_type, subject,"
                + " clock_timestamp(), payload || '{\"processType\": \"" + SEED + "\"}'::jsonb from outbox_event,"
                + " generate_series(1, %d) where seq = " + template;
        String columns = "insert into outbox_event (event_id, topic, aggregate_type, aggregate_id, event_type, subject,"
                + " occurred_at, payload) ";
        int perTick = Math.max(1, eventsPerSecond / 50);
        System.out.printf("%nevents: %d/s into complaint's outbox for %d s (copies of event #%s)%n", perTick * 50, seconds, template);
        var before = cpuSnapshot();
        long t0 = System.nanoTime();
        psql("complaint", "do $$ declare t0 timestamptz := clock_timestamp(); i int := 0; begin"
                + " while clock_timestamp() < t0 + interval '" + seconds + " seconds' loop "
                + columns + copy.formatted(perTick) + "; commit; i := i + 1;"
                + " perform pg_sleep(greatest(0, extract(epoch from t0 + i * interval '20 milliseconds' - clock_timestamp())));"
                + " end loop; end $$");
        Thread.sleep(5000); // the last rows reach notification-service
        double elapsed = (System.nanoTime() - t0) / 1e9;
        Map<String, Long> occurred = new LinkedHashMap<>();
        for (String line : psql("complaint", "select event_id, (extract(epoch from occurred_at) * 1000000)::bigint from outbox_event"
                + " where payload->>'processType' = '" + SEED + "' and occurred_at > now() - interval '" + (seconds + 60) + " seconds'").split("\n")) {
            String[] f = line.trim().split(" ");
            if (f.length == 2) {
                occurred.put(f[0], Long.parseLong(f[1]));
            }
        }
        List<Double> latencies = new ArrayList<>();
        for (String line : psql("notification", "select event_id, (extract(epoch from processed_at) * 1000000)::bigint"
                + " from processed_event where processed_at > now() - interval '" + (seconds + 60) + " seconds'").split("\n")) {
            String[] f = line.trim().split(" ");
            Long at = f.length == 2 ? occurred.get(f[0]) : null;
            if (at != null) {
                latencies.add((Long.parseLong(f[1]) - at) / 1000.0);
            }
        }
        latencies.sort(null);
        Map<String, Object> cpu = cpuPer(before, cpuSnapshot(), Math.max(1, occurred.size()));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("written", occurred.size());
        result.put("writtenPerSecond", round(occurred.size() / (double) seconds, 0));
        result.put("applied", latencies.size());
        result.put("p50Ms", round(percentile(latencies, 0.50), 1));
        result.put("p99Ms", round(percentile(latencies, 0.99), 1));
        result.put("cpuMsPerEvent", cpu);
        System.out.printf("%-10s %10s %10s %9s %9s%n", "events/s", "written", "applied", "p50 ms", "p99 ms");
        System.out.printf("%-10.0f %10d %10d %9.1f %9.1f%n", occurred.size() / (double) seconds, occurred.size(),
                latencies.size(), percentile(latencies, 0.50), percentile(latencies, 0.99));
        System.out.printf("CPU ms per event (%.0f s): %s%n", elapsed, brief(cpu));

        // the relay's rate on a backlog, against Kafka's own producer
        int backlog = 20_000;
        result.put("outboxDeadRowsBeforeBacklog", Long.parseLong(psql("complaint",
                "select coalesce(max(n_dead_tup), 0) from pg_stat_user_tables where relname = 'outbox_event'")));
        psql("complaint", columns + copy.formatted(backlog));
        long b0 = System.nanoTime();
        long left = backlog;
        while (left > 0 && System.nanoTime() - b0 < 120_000_000_000L) {
            Thread.sleep(200);
            // the rows above the relay's position only: "sent_at is null" alone is a sequential scan of the whole outbox every
            // 200 ms (191 ms and 16,182 pages dirtied on an unvacuumed copy of 180,000 rows), beside the relay
            left = Long.parseLong(psql("complaint", UNSENT));
        }
        String[] span = psql("complaint", "select count(*), extract(epoch from max(sent_at) - min(occurred_at)) from outbox_event"
                + " where payload->>'processType' = '" + SEED + "' and sent_at >= now() - interval '130 seconds'"
                + " and occurred_at > now() - interval '130 seconds' and seq > (select max(seq) - " + backlog + " from outbox_event)").split(" ");
        double relayRate = Long.parseLong(span[0]) / Math.max(0.001, Double.parseDouble(span[1]));
        int recordSize = Integer.parseInt(psql("complaint", "select octet_length(payload::text) from outbox_event where seq = " + template));
        String java = ProcessHandle.current().info().command().orElse("java");
        String kafkaLibs = repo.resolve(".run/kafka/libs").toString() + "/*";
        // the broker creates no topic by itself (as in production): one of three partitions, as the scenario topics
        sh(java, "-Xmx128m", "-cp", kafkaLibs, "org.apache.kafka.tools.TopicCommand", "--bootstrap-server", "127.0.0.1:9092",
                "--create", "--if-not-exists", "--topic", "bench.producer-perf", "--partitions", "3", "--replication-factor", "1");
        String perf = sh(java, "-Xmx256m", "-cp", kafkaLibs,
                "org.apache.kafka.tools.ProducerPerformance", "--topic", "bench.producer-perf", "--num-records", "100000",
                "--record-size", String.valueOf(recordSize), "--throughput", "-1", "--producer-props", "max.block.ms=10000",
                "bootstrap.servers=127.0.0.1:9092", "acks=all", "enable.idempotence=true");
        Matcher m = Pattern.compile("([0-9]+) records sent, ([0-9.]+) records/sec").matcher(perf);
        double kafkaRate = 0;
        while (m.find()) {
            kafkaRate = Double.parseDouble(m.group(2));
        }
        result.put("relayEventsPerSecond", round(relayRate, 0));
        result.put("kafkaProducerRecordsPerSecond", round(kafkaRate, 0));
        result.put("relayToKafkaRatio", kafkaRate == 0 ? null : round(relayRate / kafkaRate, 3));
        result.put("recordBytes", recordSize);
        System.out.printf("relay on a backlog of %d: %.0f events/s; kafka-producer-perf-test (%d-byte records): %.0f records/s;"
                + " ratio %.3f; dead outbox rows before the backlog: %d%n", backlog, relayRate, recordSize, kafkaRate,
                kafkaRate == 0 ? 0 : relayRate / kafkaRate, (Long) result.get("outboxDeadRowsBeforeBacklog"));
        RESULT.put("steadyEvents", result);
        psql("notification", "delete from supervision_daily where process_type = '" + SEED + "'");
        psql("notification", "delete from supervision_monthly where process_type = '" + SEED + "'");
    }

    // ---- seeded phases: the deadline engine and the supervision metrics over large tables --------

    /** Rows the seeded phases write carry this process type; they are deleted when the phase ends. */
    static final String SEED = "bench-seed";
    static int deadlineOpen = 1_000_000;
    static int deadlineDue = 5_000;
    static long metricsNodes = 10_000_000;
    static String svToken;

    static String psql(String database, String sql) throws IOException, InterruptedException {
        return sh("psql", "-X", "-q", "-tA", "-v", "ON_ERROR_STOP=1", "-F", " ", "-h", "127.0.0.1", "-U", "postgres",
                "-d", database, "-c", sql).trim();
    }

    /** Execution time (ms) PostgreSQL reports for a statement (EXPLAIN ANALYZE), the cheapest of three. */
    static double executionMs(String database, String sql) throws IOException, InterruptedException {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            Matcher m = Pattern.compile("Execution Time: ([0-9.]+) ms").matcher(psql(database, "explain analyze " + sql));
            if (m.find()) {
                best = Math.min(best, Double.parseDouble(m.group(1)));
            }
        }
        return round(best, 3);
    }

    static void deleteSeed() throws IOException, InterruptedException {
        psql("notification", "delete from notification where process_type = '" + SEED + "'");
        psql("notification", "delete from obligation where process_type = '" + SEED + "'");
        psql("notification", "delete from supervision_daily where process_type = '" + SEED + "'");
        psql("notification", "delete from supervision_monthly where process_type = '" + SEED + "'");
        psql("notification", "delete from supervision_duration where process_type = '" + SEED + "'");
        psql("notification", "delete from supervision_duration_monthly where process_type = '" + SEED + "'");
    }

    /**
     * The deadline engine: open obligations seeded by SQL into notification's table (far from due), then
     * {@link #deadlineDue} more all due at the same instant a few seconds ahead; notification-service's
     * scheduler finds them as it runs. Measured at 10,000 and at {@link #deadlineOpen} open rows: the lag
     * from the due instant to each row's first notice, notices recorded per second, and the scheduler's
     * claim statement's own execution time (does the scan cost depend on the open count?).
     */
    static void deadline() throws Exception {
        System.out.printf("%ndeadline engine: %d obligations due at once among 10,000 and %,d open%n", deadlineDue, deadlineOpen);
        deleteSeed();
        Map<String, Object> result = new LinkedHashMap<>();
        int seeded = 0;
        System.out.printf("%-10s %10s %12s %12s %12s %14s %12s%n", "open", "due", "noticed", "lag p50 ms",
                "lag p99 ms", "notices/s", "claim ms");
        for (int open : new int[] {10_000, deadlineOpen}) {
            long t0 = System.nanoTime();
            psql("notification", "insert into obligation (id, source_key, cycle, kind, process_type, instance_id,"
                    + " business_number, item_key, name_zh, name_en, responsible_department, started_at, due_at, status,"
                    + " warned, next_action_at) select gen_random_uuid(), 'bench/open/' || g, 1, 'NODE', '" + SEED + "',"
                    + " gen_random_uuid(), 'BENCH' || g, 'bench-open', '基准', 'benchmark', 'quality', now(),"
                    + " now() + interval '30 days', 'OPEN', true, now() + interval '30 days'"
                    + " from generate_series(" + (seeded + 1) + ", " + open + ") g");
            psql("notification", "analyze obligation");
            System.out.printf("  seeded %,d open obligations in %.0f s%n", open - seeded, (System.nanoTime() - t0) / 1e9);
            seeded = open;
            double claimMs = executionMs("notification", "select * from obligation where status = 'OPEN'"
                    + " and next_action_at <= now() order by next_action_at limit 100");
            String item = "bench-due-" + open;
            // due at the next whole second plus 3 s: the rows are all in before they fall due
            psql("notification", "insert into obligation (id, source_key, cycle, kind, process_type, instance_id,"
                    + " business_number, item_key, name_zh, name_en, responsible_department, started_at, due_at, status,"
                    + " warned, next_action_at) select gen_random_uuid(), 'bench/" + item + "/' || g, 1, 'NODE', '" + SEED
                    + "', gen_random_uuid(), 'BENCH' || g, '" + item + "', '基准', 'benchmark', 'quality', now(),"
                    + " date_trunc('second', now()) + interval '3 seconds', 'OPEN', true,"
                    + " date_trunc('second', now()) + interval '3 seconds' from generate_series(1, " + deadlineDue + ") g");
            long deadlineNanos = System.nanoTime() + Math.max(60, seconds * 3) * 1_000_000_000L;
            long noticed = 0;
            while (System.nanoTime() < deadlineNanos) {
                Thread.sleep(1000);
                noticed = Long.parseLong(psql("notification", "select count(distinct obligation_id) from notification"
                        + " where process_type = '" + SEED + "' and item_key = '" + item + "'"));
                if (noticed >= deadlineDue) {
                    break;
                }
            }
            List<Double> lags = new ArrayList<>();
            for (String line : psql("notification", "select extract(epoch from min(n.created_at) - o.due_at) * 1000"
                    + " from obligation o join notification n on n.obligation_id = o.id where o.item_key = '" + item
                    + "' group by o.id, o.due_at").split("\n")) {
                if (!line.isBlank()) {
                    lags.add(Double.parseDouble(line.trim()));
                }
            }
            lags.sort(null);
            String[] span = psql("notification", "select count(*), extract(epoch from max(created_at) - min(created_at))"
                    + " from notification where process_type = '" + SEED + "' and item_key = '" + item + "'").split(" ");
            long notices = Long.parseLong(span[0]);
            double spanSeconds = span.length > 1 && !span[1].isBlank() ? Double.parseDouble(span[1]) : 0;
            double perSecond = spanSeconds > 0 ? notices / spanSeconds : notices;
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("due", deadlineDue);
            row.put("noticed", noticed);
            row.put("lagP50Ms", round(percentile(lags, 0.50), 0));
            row.put("lagP99Ms", round(percentile(lags, 0.99), 0));
            row.put("noticesPerSecond", round(perSecond, 0));
            row.put("claimStatementMs", claimMs);
            result.put(String.valueOf(open), row);
            System.out.printf("%-10d %10d %12d %12.0f %12.0f %14.0f %12.3f%n", open, deadlineDue, noticed,
                    percentile(lags, 0.50), percentile(lags, 0.99), perSecond, claimMs);
        }
        deleteSeed();
        RESULT.put("deadline", result);
    }

    /**
     * The supervision metrics over {@link #metricsNodes} completed nodes seeded into what the metrics read,
     * spread evenly over the last 365 days, 11 nodes and 5 departments: the counts (supervision_daily and
     * supervision_monthly) and the duration histogram (supervision_duration by day and by month), whose
     * buckets hold each cell's durations spread evenly over two days, as the ledger would have counted
     * them; then the REST endpoint's p50/p99 for one month and for the whole year.
     */
    static void metrics() throws Exception {
        System.out.printf("%nsupervision metrics over %,d completed nodes (seeded, 365 days)%n", metricsNodes);
        deleteSeed();
        long t0 = System.nanoTime();
        String[] nodes = {"acknowledgement", "registration", "classification", "assignment", "progress", "plan",
                "execution", "confirmation", "cause", "closure", "measure"};
        String[] departments = {"customer-service", "logistics", "quality", "product", "sales"};
        long perCell = Math.max(1, metricsNodes / (365L * nodes.length * departments.length));
        String cells = " from generate_series(1, 365) d, unnest(array['" + String.join("','", nodes) + "']) n,"
                + " unnest(array['" + String.join("','", departments) + "']) dep";
        psql("notification", "insert into supervision_daily (day, process_type, node_key, department, completed, on_time,"
                + " late, satisfaction_count, satisfaction_points) select current_date - d, '" + SEED + "', n, dep, "
                + perCell + ", " + perCell * 9 / 10 + ", " + (perCell - perCell * 9 / 10) + ", " + perCell / 5 + ", " + perCell
                + cells);
        psql("notification", "insert into supervision_monthly (month, process_type, node_key, department, completed,"
                + " on_time, late, satisfaction_count, satisfaction_points) select date_trunc('month', day)::date,"
                + " process_type, node_key, department, sum(completed), sum(on_time), sum(late), sum(satisfaction_count),"
                + " sum(satisfaction_points) from supervision_daily where process_type = '" + SEED + "' group by 1, 2, 3, 4");
        // each cell's durations i * 2 days / perCell (i < perCell): a bucket [start, end) holds
        // ceil(perCell * end / 2 days) - ceil(perCell * start / 2 days) of them; no row per node. A row's
        // counts[b + 1] is bucket b's (null when none), as the ledger keeps them (V15)
        psql("notification", "insert into supervision_duration (day, process_type, node_key, department, kind, counts,"
                + " on_time) select day, '" + SEED + "', n, dep, 'NODE', array_agg(nullif(c, 0) order by b),"
                + " sum(c * 9 / 10) from (select current_date - d as day, n, dep, b, (ceil(" + perCell
                + " * least(supervision_duration_bucket_start(b + 1), 172800) / 172800)"
                + " - ceil(" + perCell + " * supervision_duration_bucket_start(b) / 172800))::int as c" + cells + ","
                + " generate_series(0, supervision_duration_bucket(172800)) b) x group by day, n, dep");
        psql("notification", "insert into supervision_duration_monthly (month, process_type, node_key, department, kind,"
                + " counts, on_time) select month, process_type, node_key, department, kind, array_agg(nullif(c, 0) order by b),"
                + " sum(o) from (select date_trunc('month', day)::date as month, process_type, node_key, department, kind,"
                // a row's on_time counted once, with its first bucket
                + " b, sum(coalesce(c, 0)) as c, sum(case when b = 1 then on_time else 0 end) as o"
                + " from supervision_duration, unnest(counts) with ordinality as u(c, b) where process_type = '" + SEED + "'"
                + " group by 1, 2, 3, 4, 5, 6) x group by 1, 2, 3, 4, 5");
        psql("notification", "analyze supervision_daily");
        psql("notification", "analyze supervision_monthly");
        psql("notification", "analyze supervision_duration");
        psql("notification", "analyze supervision_duration_monthly");
        System.out.printf("  seeded in %.0f s%n", (System.nanoTime() - t0) / 1e9);
        LocalDate today = LocalDate.now();
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("month", "period=" + today.minusMonths(1).toString().substring(0, 7));
        queries.put("year", "from=" + today.minusDays(365) + "&to=" + today.minusDays(1));
        queries.put("year by node", "from=" + today.minusDays(365) + "&to=" + today.minusDays(1) + "&groupBy=NODE");
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("completedNodes", metricsNodes);
        System.out.printf("%-14s %8s %9s %9s %8s%n", "query", "count", "p50 ms", "p99 ms", "errors");
        for (var q : queries.entrySet()) {
            String url = "http://127.0.0.1:8084/api/v1/supervision/metrics?" + q.getValue();
            get(svToken, url); // the first call compiles and caches plans: not counted
            Recorder recorder = new Recorder();
            long until = System.nanoTime() + Math.min(seconds, 30) * 1_000_000_000L;
            int calls = 0;
            while ((System.nanoTime() < until || calls < 5) && calls < 200) {
                long t = System.nanoTime();
                HttpResponse<String> r = get(svToken, url);
                recorder.record(q.getKey(), t, r.statusCode() == 200);
                if (r.statusCode() != 200 && FAILURES_SHOWN.incrementAndGet() <= 3) {
                    System.out.printf("  %s -> %d %s%n", url, r.statusCode(), r.body().substring(0, Math.min(300, r.body().length())));
                }
                calls++;
            }
            Stats s = recorder.stats(q.getKey());
            result.put(q.getKey(), Map.of("query", q.getValue(), "count", s.ok, "p50Ms", s.p50, "p99Ms", s.p99, "errors", s.errors));
            System.out.printf("%-14s %8d %9.1f %9.1f %8d%n", q.getKey(), s.ok, s.p50, s.p99, s.errors);
        }
        deleteSeed();
        RESULT.put("metrics", result);
    }

    static HttpResponse<String> get(String token, String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    // ---- database ceiling ----------------------------------------------------------------------

    /** pgbench on a scratch copy of complaint's schema with intake's statements (tools/bench/intake.sql). */
    static double ceiling() throws Exception {
        // a complaint received first: a fresh database has no definition version yet (it is written at first use)
        HttpResponse<String> first = post(csToken, BASE, intakeBody());
        if (first.statusCode() != 201) {
            throw new IOException("a complaint for the ceiling's definition version was refused: " + first.statusCode() + " " + first.body());
        }
        sh("psql", "-X", "-q", "-h", "127.0.0.1", "-U", "postgres", "-d", "postgres", "-c", "DROP DATABASE IF EXISTS bench_ceiling");
        sh("psql", "-X", "-q", "-h", "127.0.0.1", "-U", "postgres", "-d", "postgres", "-c", "CREATE DATABASE bench_ceiling");
        sh("bash", "-c", "pg_dump -s -h 127.0.0.1 -U postgres complaint | psql -X -q -h 127.0.0.1 -U postgres -d bench_ceiling >/dev/null"
                + " && pg_dump -a -t process_definition_version -h 127.0.0.1 -U postgres complaint"
                + " | psql -X -q -h 127.0.0.1 -U postgres -d bench_ceiling >/dev/null");
        // the complaint definition's current version: its id is a hash of the definition, which changes with it
        String definitionVersion = sh("psql", "-X", "-q", "-tA", "-h", "127.0.0.1", "-U", "postgres", "-d", "bench_ceiling", "-c",
                "select id from process_definition_version where process_type = 'complaint' order by first_used_at desc limit 1")
                .strip();
        Map<String, Object> ceiling = new LinkedHashMap<>();
        double best = 0;
        System.out.printf("%n%-44s %10s %10s%n", "database ceiling (pgbench, intake rows)", "tx/s", "lat ms");
        for (int clients : new int[] {4, 16}) {
            String output = sh("pgbench", "-n", "-M", "prepared", "-h", "127.0.0.1", "-U", "postgres", "-c", Integer.toString(clients),
                    "-j", "2", "-T", Integer.toString(Math.max(5, seconds / 2)), "-D", "definition_version=" + definitionVersion, "-f",
                    repo.resolve("tools/bench/intake.sql").toString(), "bench_ceiling");
            Matcher tps = Pattern.compile("tps = ([0-9.]+)").matcher(output);
            Matcher lat = Pattern.compile("latency average = ([0-9.]+) ms").matcher(output);
            double t = tps.find() ? Double.parseDouble(tps.group(1)) : 0;
            double l = lat.find() ? Double.parseDouble(lat.group(1)) : 0;
            ceiling.put("clients" + clients, Map.of("tps", round(t, 1), "latencyMs", round(l, 2)));
            System.out.printf("%-44s %10.1f %10.2f%n", "  pgbench -c " + clients, t, l);
            best = Math.max(best, t);
        }
        ceiling.put("best", round(best, 1));
        RESULT.put("databaseCeiling", ceiling);
        sh("psql", "-X", "-q", "-h", "127.0.0.1", "-U", "postgres", "-d", "postgres", "-c", "DROP DATABASE IF EXISTS bench_ceiling");
        return best;
    }

    // ---- intake --------------------------------------------------------------------------------

    /**
     * Every complaint comes from another customer: the same contact twice within 90 days meets the
     * REPEAT_COMPLAINT grading criterion, and the classification's GENERAL grade would then be refused.
     * The run's start second keeps contacts apart from earlier runs on the same database.
     */
    static final AtomicLong CUSTOMERS = new AtomicLong();
    static final long RUN = System.currentTimeMillis() / 1000;

    static String intakeBody() {
        return """
                {"complainant": "王芳", "contact": "bench-%d-%d", "channel": "PHONE", "problemType": "LOGISTICS_DELAY",
                 "description": "9月25日下单的冰箱至今未送达，物流信息停留在杭州中转站 5 天。", "demand": "REFUND", "urgency": "URGENT"}"""
                .formatted(RUN, CUSTOMERS.incrementAndGet());
    }

    /**
     * complaint's unsent outbox rows, read as its relay and health check read them: above the relay's position
     * (kit migration V0_16), along the primary key; no index names sent_at, so a plain "sent_at is null" would scan
     * the whole outbox beside the relay it measures.
     */
    static final String UNSENT = "select count(*) from outbox_event where seq > (select seq from outbox_relay_position)"
            + " and seq <= (select max(seq) from outbox_event) and sent_at is null and rejected_at is null";

    /**
     * Waits until the load's events are published (no unsent row in complaint's outbox) and applied
     * (notification's processed_event stops growing), at most 120 s; returns the seconds waited. The CPU
     * per intake and per act is read after this: at a rate the relay or the consumer cannot follow, their
     * work happens after the load, and a figure read at its end would leave it out (it did: 1,084 intakes/s
     * "cost" 1.61 ms while notification-service had applied almost none of their events).
     */
    static double drainEvents() throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        String applied = "";
        while (System.nanoTime() - t0 < 120_000_000_000L) {
            long unsent = Long.parseLong(psql("complaint", UNSENT));
            String now = psql("notification", "select count(*) from processed_event");
            if (unsent == 0 && now.equals(applied)) {
                break;
            }
            applied = now;
            Thread.sleep(500);
        }
        return Math.max(0, (System.nanoTime() - t0) / 1e9 - 0.5); // the last poll only confirmed
    }

    static void intake(double ceiling) throws Exception {
        List<Object> rows = new ArrayList<>();
        System.out.printf("%n%-22s %8s %9s %9s %9s %8s %7s  %s%n", "intake (REST)", "conns", "req/s", "p50 ms",
                "p99 ms", "errors", "%ceil", "CPU ms per intake by process");
        for (int c : concurrencies) {
            Recorder recorder = new Recorder();
            var before = cpuSnapshot();
            long elapsed = runFor(c, seconds, () -> {
                long t0 = System.nanoTime();
                HttpResponse<String> r = post(csToken, BASE, intakeBody());
                recorder.record("intake", t0, r.statusCode() == 201);
            });
            double drain = drainEvents();
            var after = cpuSnapshot();
            Stats s = recorder.stats("intake");
            double rate = s.ok * 1e9 / elapsed;
            Map<String, Object> cpu = cpuPer(before, after, s.ok);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("connections", c);
            row.put("perSecond", round(rate, 1));
            row.put("p50Ms", s.p50);
            row.put("p99Ms", s.p99);
            row.put("errors", s.errors);
            row.put("ratioToCeiling", ceiling == 0 ? null : round(rate / ceiling, 4));
            row.put("cpuMsPerIntake", cpu);
            row.put("eventsDrainedSeconds", round(drain, 1));
            rows.add(row);
            System.out.printf("%-22s %8d %9.1f %9.1f %9.1f %8d %6.1f%%  %s (events drained %.1f s after)%n", "", c, rate,
                    s.p50, s.p99, s.errors, ceiling == 0 ? 0 : 100 * rate / ceiling, brief(cpu), drain);
        }
        RESULT.put("intake", rows);
        if (intakeRate > 0) {
            RESULT.put("intakeAtRate", intakeAtRate(intakeRate));
        }
    }

    /** The goal's "p99 at half that rate": 1,000 intakes/s is the goal, so 500/s by default (--intake-rate). */
    static int intakeRate = 500;

    /**
     * Open loop: intakes sent at a steady rate whatever the answers' pace, each latency counted from the
     * instant the request was due to be sent, so a stall delays the requests behind it and shows in the
     * p99 (a closed loop would send fewer requests instead and hide it: coordinated omission). Up to 256
     * requests in flight; a request that finds none free counts from its due instant too.
     */
    static Map<String, Object> intakeAtRate(int perSecond) throws Exception {
        Recorder recorder = new Recorder();
        ExecutorService senders = Executors.newFixedThreadPool(256);
        var before = cpuSnapshot();
        long start = System.nanoTime();
        long total = (long) perSecond * seconds;
        for (long i = 0; i < total; i++) {
            long due = start + i * 1_000_000_000L / perSecond;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            senders.execute(() -> {
                try {
                    HttpResponse<String> r = post(csToken, BASE, intakeBody());
                    recorder.record("intake", due, r.statusCode() == 201);
                } catch (Exception e) {
                    recorder.record("intake", due, false);
                }
            });
        }
        senders.shutdown();
        senders.awaitTermination(120, TimeUnit.SECONDS);
        long elapsed = System.nanoTime() - start;
        double drain = drainEvents();
        var after = cpuSnapshot();
        Stats s = recorder.stats("intake");
        Map<String, Object> cpu = cpuPer(before, after, s.ok);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("targetPerSecond", perSecond);
        row.put("perSecond", round(s.ok * 1e9 / elapsed, 1));
        row.put("p50Ms", s.p50);
        row.put("p99Ms", s.p99);
        row.put("errors", s.errors);
        row.put("cpuMsPerIntake", cpu);
        row.put("eventsDrainedSeconds", round(drain, 1));
        System.out.printf("%-22s %8s %9.1f %9.1f %9.1f %8d %7s  %s (open loop at %d/s; events drained %.1f s after)%n", "",
                "rate", s.ok * 1e9 / elapsed, s.p50, s.p99, s.errors, "", brief(cpu), perSecond, drain);
        return row;
    }

    // ---- whole complaints through their acts ---------------------------------------------------

    record Act(String name, boolean logistics, String path, String body) {
    }

    static List<Act> lifecycle() {
        String today = LocalDate.now().toString();
        String later = LocalDate.now().plusDays(30).toString();
        return List.of(
                new Act("acknowledgement", false, "/acknowledgement", "{}"),
                new Act("registration", false, "/registration", "{\"description\": \"冰箱（订单 88001234）至今未送达。\"}"),
                new Act("classification", false, "/classification",
                        "{\"problemType\": \"LOGISTICS_DELAY\", \"grade\": \"GENERAL\", \"reason\": \"大件商品延误。\"}"),
                new Act("assignment", false, "/assignment", "{}"),
                new Act("progress-update", false, "/progress-updates", "{\"channel\": \"PHONE\", \"content\": \"已联系承运商。\"}"),
                new Act("handling-plan", true, "/handling-plans", "{\"actions\": [\"REFUND\", \"APOLOGY\"], \"description\": \"全额退款并致歉。\"}"),
                new Act("execution", true, "/execution", "{\"result\": \"已原路退款 3999 元。\"}"),
                new Act("confirmation", false, "/confirmations", "{\"result\": \"客户确认已收到退款。\", \"visitDate\": \"" + today
                        + "\", \"visitor\": \"张敏\", \"satisfaction\": \"BASICALLY_SATISFIED\", \"comments\": \"退款及时。\"}"),
                new Act("cause-analysis", true, "/cause-analysis", "{\"rootCauseCategory\": \"COURIER\", \"rootCauseDetail\": \"迅达快递\","
                        + " \"rootCauseDescription\": \"中转站爆仓。\", \"improvementMeasures\": [{\"description\": \"约定大件时效。\","
                        + " \"ownerDepartment\": \"logistics\", \"deadline\": \"" + later + "\"}]}"),
                new Act("closure", false, "/closure", "{}"),
                new Act("measure-completion", true, "/improvement-measures/1/completion", "{}"));
    }

    static final Pattern NUMBER = Pattern.compile("\"number\"\\s*:\\s*\"([^\"]+)\"");
    static final AtomicLong FAILURES_SHOWN = new AtomicLong();

    static void acts() throws Exception {
        List<Act> acts = lifecycle();
        Recorder recorder = new Recorder();
        AtomicLong completed = new AtomicLong();
        var before = cpuSnapshot();
        double[] maxRss = new double[SERVICES.length];
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    for (int i = 0; i < SERVICES.length; i++) {
                        Integer pid = servicePid(SERVICES[i]);
                        if (pid != null) {
                            maxRss[i] = Math.max(maxRss[i], rssMb(pid));
                        }
                    }
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                } catch (IOException ignored) {
                    // a service stopped
                }
            }
        });
        sampler.start();
        Map<String, Long> commitsBefore = commits();
        long elapsed = runFor(actWorkers, seconds * 2, () -> {
            long t0 = System.nanoTime();
            HttpResponse<String> created = post(csToken, BASE, intakeBody());
            recorder.record("intake", t0, created.statusCode() == 201);
            Matcher m = NUMBER.matcher(created.body());
            if (created.statusCode() != 201 || !m.find()) {
                return;
            }
            String number = m.group(1);
            for (Act act : acts) {
                long t = System.nanoTime();
                HttpResponse<String> r = post(act.logistics ? lgToken : csToken, BASE + "/" + number + act.path, act.body);
                boolean ok = r.statusCode() / 100 == 2;
                recorder.record(act.name, t, ok);
                if (!ok) {
                    if (FAILURES_SHOWN.incrementAndGet() <= 3) {
                        System.out.printf("  %s %s -> %d %s%n", number, act.name, r.statusCode(),
                                r.body().substring(0, Math.min(300, r.body().length())));
                    }
                    return;
                }
            }
            completed.incrementAndGet();
        });
        sampler.interrupt();
        double drain = drainEvents();
        var after = cpuSnapshot();
        Thread.sleep(1500); // PostgreSQL publishes its counters within a second
        Map<String, Long> commitsAfter = commits();
        long actsOk = recorder.okOf(acts.stream().map(Act::name).toList());
        double rate = actsOk * 1e9 / elapsed;
        Map<String, Object> cpu = cpuPer(before, after, actsOk + recorder.stats("intake").ok);
        Map<String, Object> perAct = new LinkedHashMap<>();
        System.out.printf("%nwhole complaints (%d workers, %d s): %d complaints closed, %.1f acts/s (intake excluded)%n",
                actWorkers, seconds * 2, completed.get(), rate);
        System.out.printf("%-22s %8s %9s %9s %8s%n", "act", "count", "p50 ms", "p99 ms", "errors");
        List<String> names = new ArrayList<>(List.of("intake"));
        acts.forEach(a -> names.add(a.name));
        for (String name : names) {
            Stats s = recorder.stats(name);
            perAct.put(name, Map.of("count", s.ok, "p50Ms", s.p50, "p99Ms", s.p99, "errors", s.errors));
            System.out.printf("%-22s %8d %9.1f %9.1f %8d%n", name, s.ok, s.p50, s.p99, s.errors);
        }
        Stats all = recorder.statsOf(acts.stream().map(Act::name).toList());
        System.out.printf("%-22s %8d %9.1f %9.1f %8d%n", "all acts", all.ok, all.p50, all.p99, all.errors);
        System.out.printf("CPU ms per act (intake counted as an act): %s%n", brief(cpu));
        long units = actsOk + recorder.stats("intake").ok;
        Map<String, Object> marginalCpu = marginal(cpu, elapsed / 1e9 + drain, units);
        System.out.printf("  (CPU counted until the load's events were published and applied: %.1f s after the last act)%n", drain);
        RESULT.put("actsEventsDrainedSeconds", round(drain, 1));
        System.out.printf("  the same above the CPU at rest:            %s%n", brief(marginalCpu));
        Map<String, Object> transactions = new LinkedHashMap<>();
        commitsAfter.forEach((db, n) -> transactions.put(db, round((n - commitsBefore.getOrDefault(db, 0L)) / (double) Math.max(1, units), 2)));
        System.out.printf("database transactions per act: %s%n", transactions);
        Map<String, Object> rss = new LinkedHashMap<>();
        for (int i = 0; i < SERVICES.length; i++) {
            rss.put(SERVICES[i], round(maxRss[i], 1));
        }
        System.out.printf("RSS under load, max (MB): %s%n", rss);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("workers", actWorkers);
        result.put("complaintsClosed", completed.get());
        result.put("actsPerSecond", round(rate, 1));
        result.put("p50Ms", all.p50);
        result.put("p99Ms", all.p99);
        result.put("perAct", perAct);
        result.put("cpuMsPerAct", cpu);
        result.put("cpuMsPerActAboveRest", marginalCpu);
        result.put("transactionsPerAct", transactions);
        RESULT.put("acts", result);
        RESULT.put("rssMb_load", rss);
    }

    /** Committed transactions of our databases so far (pg_stat_database). */
    static Map<String, Long> commits() throws Exception {
        Map<String, Long> commits = new TreeMap<>();
        for (String line : sh("psql", "-X", "-tA", "-F", " ", "-h", "127.0.0.1", "-U", "postgres", "-d", "postgres", "-c",
                "select datname, xact_commit from pg_stat_database where datname in ('complaint', 'notification')").split("\n")) {
            String[] f = line.trim().split(" ");
            if (f.length == 2) {
                commits.put(f[0], Long.parseLong(f[1]));
            }
        }
        return commits;
    }

    // ---- event latency: outbox commit -> notification-service applied ---------------------------

    /**
     * occurred_at of complaint's outbox rows written during this run against processed_at of the same
     * event ids in notification's processed_event (both from the services' clocks on this machine).
     */
    static void eventLatency() throws Exception {
        Map<String, Long> occurred = new ConcurrentHashMap<>();
        for (String line : sh("psql", "-X", "-tA", "-F", " ", "-h", "127.0.0.1", "-U", "postgres", "-d", "complaint", "-c",
                "select event_id, (extract(epoch from occurred_at) * 1000000)::bigint from outbox_event "
                        + "where occurred_at > now() - interval '" + (seconds * 2 + 30) + " seconds'").split("\n")) {
            String[] f = line.trim().split(" ");
            if (f.length == 2) {
                occurred.put(f[0], Long.parseLong(f[1]));
            }
        }
        List<Double> latencies = new ArrayList<>();
        for (String line : sh("psql", "-X", "-tA", "-F", " ", "-h", "127.0.0.1", "-U", "postgres", "-d", "notification", "-c",
                "select event_id, (extract(epoch from processed_at) * 1000000)::bigint from processed_event "
                        + "where processed_at > now() - interval '" + (seconds * 2 + 120) + " seconds'").split("\n")) {
            String[] f = line.trim().split(" ");
            if (f.length == 2 && occurred.containsKey(f[0])) {
                latencies.add((Long.parseLong(f[1]) - occurred.get(f[0])) / 1000.0);
            }
        }
        latencies.sort(Double::compare);
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("events", latencies.size());
        r.put("eventsWritten", occurred.size());
        r.put("p50Ms", percentile(latencies, 0.50));
        r.put("p99Ms", percentile(latencies, 0.99));
        r.put("note", "during the whole-complaints phase (not a steady 500 events/s)");
        RESULT.put("eventLatency", r);
        System.out.printf("%nevent latency outbox occurred_at -> notification processed_at: %d of %d events applied, p50 %.1f ms, p99 %.1f ms%n",
                latencies.size(), occurred.size(), percentile(latencies, 0.50), percentile(latencies, 0.99));
    }

    // ---- load machinery ------------------------------------------------------------------------

    interface Step {
        void run() throws Exception;
    }

    /** Closed loop: {@code workers} threads repeat the step for {@code secs}; returns the elapsed nanoseconds. */
    static long runFor(int workers, int secs, Step step) throws InterruptedException {
        long start = System.nanoTime();
        long end = start + secs * 1_000_000_000L;
        CountDownLatch done = new CountDownLatch(workers);
        for (int i = 0; i < workers; i++) {
            new Thread(() -> {
                try {
                    while (System.nanoTime() < end) {
                        try {
                            step.run();
                        } catch (Exception e) {
                            if (FAILURES_SHOWN.incrementAndGet() <= 3) {
                                System.out.println("  request failed: " + e);
                            }
                        }
                    }
                } finally {
                    done.countDown();
                }
            }).start();
        }
        done.await();
        return System.nanoTime() - start;
    }

    static HttpResponse<String> post(String token, String url, String body) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    record Stats(long ok, long errors, double p50, double p99) {
    }

    static final class Recorder {
        private final Map<String, List<Double>> ok = new ConcurrentHashMap<>();
        private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();

        void record(String name, long startNanos, boolean success) {
            double ms = (System.nanoTime() - startNanos) / 1e6;
            if (success) {
                List<Double> list = ok.computeIfAbsent(name, k -> new ArrayList<>());
                synchronized (list) {
                    list.add(ms);
                }
            } else {
                errors.computeIfAbsent(name, k -> new AtomicLong()).incrementAndGet();
            }
        }

        Stats stats(String name) {
            return statsOf(List.of(name));
        }

        long okOf(List<String> names) {
            return names.stream().mapToLong(n -> ok.getOrDefault(n, List.of()).size()).sum();
        }

        Stats statsOf(List<String> names) {
            List<Double> all = new ArrayList<>();
            long err = 0;
            for (String n : names) {
                List<Double> list = ok.getOrDefault(n, List.of());
                synchronized (list) {
                    all.addAll(list);
                }
                err += errors.getOrDefault(n, new AtomicLong()).get();
            }
            all.sort(Double::compare);
            return new Stats(all.size(), err, percentile(all, 0.50), percentile(all, 0.99));
        }
    }

    static double percentile(List<Double> sorted, double q) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return round(sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(q * sorted.size()) - 1)), 1);
    }

    static double round(double v, int digits) {
        double f = Math.pow(10, digits);
        return Math.round(v * f) / f;
    }

    static String sh(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
        return output;
    }

    static Map<String, Object> machine() throws IOException, InterruptedException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cores", Runtime.getRuntime().availableProcessors());
        String model = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("?");
        m.put("cpu", model);
        m.put("memTotalMb", Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                .findFirst().map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024).orElse(0L));
        m.put("loadAverage", Files.readString(Path.of("/proc/loadavg")).trim());
        m.put("referenceWorkMs", referenceWorkMs());
        Integer pid = servicePid("complaint-service");
        if (pid != null) {
            String cmd = Files.readString(Path.of("/proc/" + pid + "/cmdline")).replace('\0', ' ').trim();
            m.put("serviceJvm", cmd.substring(cmd.indexOf(' ') + 1, Math.max(cmd.indexOf(" -jar"), cmd.indexOf(' ') + 1)));
        }
        // a PostgreSQL without autovacuum keeps every dead row: the relay then reads through the outbox's (it ran
        // 1,220 events/s on a backlog with 117,881 dead rows, 13,200 right after a VACUUM; docs/benchmark.md)
        m.put("postgresAutovacuum", psql("postgres", "show autovacuum"));
        System.out.printf("machine: %s%n", m);
        if ("off".equals(m.get("postgresAutovacuum"))) {
            System.out.println("warning: PostgreSQL runs with autovacuum = off: tables that are updated (the outbox's sent"
                    + " marks) keep their dead rows, and the relay's rate on a backlog falls with them");
        }
        return m;
    }

    /**
     * The same fixed work on one thread, in CPU milliseconds (best of seven rounds: the first are the JIT's): the
     * machines this runs on differ from day to day (the same commit has cost 4.2 and 9.4 ms of CPU per act on two
     * days of the same CPU model), so figures of different days are compared through this one. A shell sort by hand
     * over 32,768 ints (in the core's caches, so other processes' memory traffic moves it little), not Arrays.sort:
     * newer JDKs run that as a SIMD intrinsic on some CPUs and not on others.
     */
    static double referenceWorkMs() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int[] values = new int[32_768];
        long best = Long.MAX_VALUE;
        for (int round = 0; round < 7; round++) {
            SplittableRandom random = new SplittableRandom(42);
            long used = 0;
            for (int sort = 0; sort < 50; sort++) {
                Arrays.setAll(values, i -> random.nextInt());
                long start = threads.getCurrentThreadCpuTime();
                shellSort(values);
                used += threads.getCurrentThreadCpuTime() - start;
            }
            best = Math.min(best, used);
        }
        return Math.round(best / 10_000.0) / 100.0;
    }

    static void shellSort(int[] values) {
        for (int gap = values.length / 2; gap > 0; gap = gap == 2 ? 1 : (int) (gap / 2.2)) {
            for (int i = gap; i < values.length; i++) {
                int value = values[i];
                int j = i;
                for (; j >= gap && values[j - gap] > value; j -= gap) {
                    values[j] = values[j - gap];
                }
                values[j] = value;
            }
        }
    }

    /** Just enough JSON for the result: maps, lists, strings, numbers, booleans, null. */
    static final class Json {
        static String write(Object o) {
            if (o == null) {
                return "null";
            }
            if (o instanceof Map<?, ?> map) {
                return map.entrySet().stream().map(e -> quote(e.getKey().toString()) + ": " + write(e.getValue()))
                        .collect(Collectors.joining(", ", "{", "}"));
            }
            if (o instanceof List<?> list) {
                return list.stream().map(Json::write).collect(Collectors.joining(", ", "[", "]"));
            }
            if (o instanceof Number || o instanceof Boolean) {
                return o.toString();
            }
            return quote(o.toString());
        }

        static String quote(String s) {
            return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
        }
    }

    static {
        Locale.setDefault(Locale.ROOT);
    }
}
