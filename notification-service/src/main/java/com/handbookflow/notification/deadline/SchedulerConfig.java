package com.handbookflow.notification.deadline;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "notification.scheduler")
public interface SchedulerConfig {

    /** How often the scheduler looks for due rows ({@code off} disables it, e.g. in tests that call runDue()). */
    @WithDefault("1s")
    String every();

    /** Pause after start before the first look. */
    @WithDefault("10s")
    String delayed();

    /** Rows claimed per transaction. */
    @WithDefault("500")
    int batchSize();

    /**
     * Transactions draining due rows side by side while the scheduler runs (tests calling runDue() drain on their
     * own thread alone).
     */
    @WithDefault("2")
    int workers();

    /** Upper bound of batches per run, so one run never holds the scheduler thread indefinitely. */
    @WithDefault("50")
    int maxBatchesPerRun();
}
