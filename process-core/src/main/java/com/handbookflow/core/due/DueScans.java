package com.handbookflow.core.due;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs every registered {@link DueScan} on the injected clock: scheduled
 * ({@code handbook.due-scans.every}), and callable directly (tests move their clock, then call
 * {@link #runDue()}).
 */
@ApplicationScoped
public class DueScans {

    private static final Logger LOG = Logger.getLogger(DueScans.class);

    private final Instance<DueScan<?>> scans;
    private final EntityManager entityManager;
    private final DueScanConfig config;
    private final Clock clock;

    DueScans(@Any Instance<DueScan<?>> scans, EntityManager entityManager, DueScanConfig config, Clock clock) {
        this.scans = scans;
        this.entityManager = entityManager;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${handbook.due-scans.every:30s}", delayed = "${handbook.due-scans.delayed:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void trigger() {
        runDue();
    }

    /** Runs every scan until nothing is due (or the per-run bound); returns the rows handled per scan. */
    public Map<String, Integer> runDue() {
        Map<String, Integer> handled = new LinkedHashMap<>();
        for (DueScan<?> scan : scans) {
            try {
                handled.put(scan.name(), run(scan));
            } catch (RuntimeException e) {
                LOG.errorf(e, "due scan %s failed; the next run tries again", scan.name());
            }
        }
        return handled;
    }

    /** Runs the scan named {@code name}; returns how many rows it handled. */
    public int run(String name) {
        for (DueScan<?> scan : scans) {
            if (scan.name().equals(name)) {
                return run(scan);
            }
        }
        throw new IllegalArgumentException("no due scan named " + name);
    }

    private <T> int run(DueScan<T> scan) {
        return DueRows.drain(() -> claimAndAct(scan), config.batchSize(), config.maxBatchesPerRun());
    }

    private <T> int claimAndAct(DueScan<T> scan) {
        Instant now = clock.instant();
        List<T> due = DueRows.claim(entityManager, scan.entity(), scan.table(), scan.pending(), scan.dueColumn(), now,
                config.batchSize());
        due.forEach(row -> scan.onDue(row, now));
        return due.size();
    }
}
