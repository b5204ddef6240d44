package com.handbookflow.core.calendar.feed;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How a service receives calendar years published on notification-service ({@code handbook.calendar.feed.*}). */
@ConfigMapping(prefix = "handbook.calendar.feed")
public interface CalendarFeedConfig {

    /** Consume published years; off only in a test that feeds the calendar itself. */
    @WithDefault("true")
    boolean enabled();

    @WithDefault("notification.events")
    String topic();

    /** One group per service: one instance stores the year, the others read it back ({@link #refreshEvery()}). */
    @WithDefault("${quarkus.application.name}-calendar")
    String groupId();

    /** How often an instance reads the stored years back, to take a year another instance of the service stored. */
    @WithDefault("1m")
    String refreshEvery();

    @WithDefault("500ms")
    Duration pollTimeout();

    @WithDefault("10s")
    Duration maxBackoff();
}
