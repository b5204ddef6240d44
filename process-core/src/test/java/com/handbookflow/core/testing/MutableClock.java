package com.handbookflow.core.testing;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The clock of every test: time is set, never waited for. Replaces the system clock bean in
 * {@code @QuarkusTest}s; plain unit tests construct one directly.
 */
@Alternative
@Priority(1)
@Singleton
public class MutableClock extends Clock {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private volatile Instant now = ZonedDateTime.of(2026, 3, 2, 9, 0, 0, 0, SHANGHAI).toInstant();

    public MutableClock() {
    }

    public MutableClock(Instant now) {
        this.now = now;
    }

    /** Sets the time to a local date-time in Asia/Shanghai, e.g. {@code "2026-09-30T09:00"}. */
    public MutableClock setShanghai(String localDateTime) {
        now = java.time.LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
        return this;
    }

    public MutableClock set(Instant instant) {
        now = instant;
        return this;
    }

    public MutableClock advance(Duration duration) {
        now = now.plus(duration);
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return SHANGHAI;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }
}
