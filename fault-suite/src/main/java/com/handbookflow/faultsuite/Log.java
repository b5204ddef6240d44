package com.handbookflow.faultsuite;

import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/** Progress lines on stdout, each with the wall-clock time, so a slow phase shows where it waits. */
final class Log {
    private Log() {
    }

    static void say(String line) {
        System.out.println(LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + " " + line);
    }
}
