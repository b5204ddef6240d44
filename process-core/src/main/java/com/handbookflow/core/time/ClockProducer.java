package com.handbookflow.core.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/** The one source of "now": injected everywhere, replaced by a settable clock in tests. */
public class ClockProducer {

    /**
     * Ticks in microseconds, the precision PostgreSQL keeps: an instant in an event written from
     * memory then equals the same instant read back from the database.
     */
    @Produces
    @Singleton
    @DefaultBean
    Clock systemClock() {
        return Clock.tick(Clock.systemUTC(), java.time.Duration.ofNanos(1_000));
    }
}
