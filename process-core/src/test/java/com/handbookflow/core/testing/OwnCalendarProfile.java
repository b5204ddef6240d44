package com.handbookflow.core.testing;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * A test application of its own for a test that loads a calendar year: the year must not change the
 * calendar the other tests count on (their application, their database). The service creates
 * {@code notification.events}, which the test publishes to.
 */
public class OwnCalendarProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("handbook.events.create-topics", CalendarYearFeed.TOPIC);
    }
}
