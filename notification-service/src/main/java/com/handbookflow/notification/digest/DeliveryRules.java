package com.handbookflow.notification.digest;

import com.handbookflow.core.calendar.LimitSpec;
import com.handbookflow.notification.deadline.NoticeKind;
import com.handbookflow.notification.inbox.Notice;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Decides how a new notice reaches the push channels, in this order: escalations and announcements
 * always at once; a non-urgent notice to a person outside working hours is held for the start of the
 * next working day (unless its department lets reminders through); otherwise it joins the recipient's
 * digest (the first of a window goes out at once, see {@link Digests}).
 * The digest windows are read once, at start (a window not on the wall clock stops the start), not per notice.
 */
@Startup
@ApplicationScoped
public class DeliveryRules {

    private final QuietHoursConfig quietHours;
    private final WorkingHours workingHours;
    /** {@code notification.digests.window}; empty: no digests. */
    private final Optional<Duration> window;
    /** {@code notification.digests.department-windows}, by department code; empty: no digests for it. */
    private final Map<String, Optional<Duration>> departmentWindows;

    DeliveryRules(DigestConfig digests, QuietHoursConfig quietHours, WorkingHours workingHours) {
        this.quietHours = quietHours;
        this.workingHours = workingHours;
        this.window = window(digests.window());
        this.departmentWindows = digests.departmentWindows().entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, w -> window(w.getValue())));
    }

    public Route route(Notice notice, Instant now) {
        if (notice.kind() == NoticeKind.ESCALATION || notice.kind() == NoticeKind.ANNOUNCEMENT) {
            return Route.AT_ONCE;
        }
        if (notice.recipientPerson() != null && quietHoursApply(notice.recipientDepartment()) && !isUrgent(notice)
                && !workingHours.isWorkingTime(now)) {
            return new Route(DigestPurpose.QUIET_HOURS, workingHours.nextStart(now));
        }
        return windowOf(notice.recipientDepartment())
                .map(length -> new Route(DigestPurpose.DIGEST, now.plus(length)))
                .orElse(Route.AT_ONCE);
    }

    /** Urgent items ignore quiet hours: an urgent case (its urgency attribute) or an item configured as urgent. */
    public boolean isUrgent(Notice notice) {
        if (notice.urgency() != null && quietHours.urgentUrgencies().contains(notice.urgency())) {
            return true;
        }
        String item = notice.processType() + "." + notice.itemKey();
        return quietHours.urgentItems().stream().anyMatch(item::startsWith);
    }

    private boolean quietHoursApply(String department) {
        return department == null ? quietHours.enabled()
                : quietHours.departments().getOrDefault(department, quietHours.enabled());
    }

    /** The digest window of the recipient's department; empty: no digests. */
    private Optional<Duration> windowOf(String department) {
        return department == null ? window : departmentWindows.getOrDefault(department, window);
    }

    /** A window setting read: a limit spec on the wall clock, or none (empty). */
    private static Optional<Duration> window(String spec) {
        if (spec == null || spec.isBlank() || "none".equalsIgnoreCase(spec.strip())) {
            return Optional.empty();
        }
        LimitSpec limit = LimitSpec.parse(spec);
        if (limit.kind() != LimitSpec.Kind.WALL_CLOCK) {
            throw new IllegalStateException("notification.digests window must be on the wall clock (e.g. PT5M), not " + spec);
        }
        return Optional.of(limit.wallClock());
    }
}
