package com.handbookflow.core.testing;

import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;

/**
 * Tests that start on an ordinary working Monday, 2026-09-07 09:00 in Shanghai: P1WD ends Tuesday 18:00, P3WD
 * Thursday 18:00.
 */
public abstract class OnAMondayMorning {

    @Inject
    protected MutableClock clock;

    @BeforeEach
    protected void mondayMorning() {
        clock.setShanghai("2026-09-07T09:00");
    }
}
