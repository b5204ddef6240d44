package com.handbookflow.notification.digest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;
import java.util.Map;

/** Quiet hours ({@code notification.quiet-hours.*}): who is not pushed at night, and what is urgent enough to be. */
@ConfigMapping(prefix = "notification.quiet-hours")
public interface QuietHoursConfig {
    /**
     * Non-urgent reminders to persons are held outside working hours (working days of the calendar,
     * from {@code handbook.calendar.start-of-working-day} to its end of working day) and go out at the
     * start of the next working day.
     */
    @WithDefault("true")
    boolean enabled();

    /** Per department (the recipient's): {@code departments.technology=false} lets its reminders through at night. */
    Map<String, Boolean> departments();

    /** Case urgencies ({@code attributes.urgency}) that ignore quiet hours. */
    @WithDefault("URGENT,EXTRA_URGENT,HIGH")
    List<String> urgentUrgencies();

    /**
     * Items that ignore quiet hours: {@code scenario.itemKeyPrefix}, e.g. {@code launch.RELEASE/} for the
     * launch's release-day duties (work items of the RELEASE node).
     */
    @WithDefault("launch.RELEASE/")
    List<String> urgentItems();
}
