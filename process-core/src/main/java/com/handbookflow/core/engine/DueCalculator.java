package com.handbookflow.core.engine;

import com.handbookflow.core.calendar.DeadlineComputation;

import java.time.Instant;

/** Computes a due instant from a start and a limit spec; the working-day calendar in production. */
@FunctionalInterface
public interface DueCalculator {

    DeadlineComputation due(Instant start, String limit);
}
