package com.handbookflow.core.testing;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.HashMap;
import java.util.Map;

/**
 * A test application of its own for a test that loads a calendar year: the year must not change the
 * calendar the other tests count on (their application, their database). The service creates
 * {@code notification.events}, which the test publishes to.
 */
public class OwnCalendarProfile implements QuarkusTestProfile {

    private final Map<String, String> settings;

    public OwnCalendarProfile() {
        this(Map.of());
    }

    /** With settings of the test's own besides (e.g. a working-day update interval). */
    protected OwnCalendarProfile(Map<String, String> settings) {
        Map<String, String> all = new HashMap<>(settings);
        all.put("handbook.events.create-topics", CalendarYearFeed.TOPIC);
        this.settings = Map.copyOf(all);
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return settings;
    }
}
