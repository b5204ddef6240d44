package com.handbookflow.core.due;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How often and how much the registered {@link DueScan}s run. */
@ConfigMapping(prefix = "handbook.due-scans")
public interface DueScanConfig {

    /** How often the scans look for due rows ({@code off}: never, e.g. in tests that call {@link DueScans#runDue()}). */
    @WithDefault("30s")
    String every();

    /** Pause after start before the first look. */
    @WithDefault("10s")
    String delayed();

    /** Rows claimed per transaction. */
    @WithDefault("100")
    int batchSize();

    /** Upper bound of batches per scan and run, so one run never holds the scheduler thread indefinitely. */
    @WithDefault("50")
    int maxBatchesPerRun();
}
