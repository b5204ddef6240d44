package com.handbookflow.project;

import com.handbookflow.core.testing.MutableClock;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;

/** Tests that start on an ordinary working Monday, 2026-09-07 09:00 in Shanghai: P3WD ends Thursday 18:00. */
abstract class OnAMondayMorning {

    @Inject
    MutableClock clock;

    @BeforeEach
    void mondayMorning() {
        clock.setShanghai("2026-09-07T09:00");
    }
}
