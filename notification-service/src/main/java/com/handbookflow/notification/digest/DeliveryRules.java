package com.handbookflow.notification.digest;

import com.handbookflow.core.calendar.LimitSpec;
import com.handbookflow.notification.deadline.NoticeKind;
import com.handbookflow.notification.inbox.Notice;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;

/**
 * Decides how a new notice reaches the push channels, in this order: escalations and announcements
 * always at once; a non-urgent notice to a person outside working hours is held for the start of the
 * next working day (unless its department lets reminders through); otherwise it joins the recipient's
 * digest (the first of a window goes out at once, see {@link Digests}).
 */
@ApplicationScoped
public class DeliveryRules {

    private final DigestConfig digests;
    private final QuietHoursConfig quietHours;
    private final WorkingHours workingHours;

    DeliveryRules(DigestConfig digests, QuietHoursConfig quietHours, WorkingHours workingHours) {
        this.digests = digests;
        this.quietHours = quietHours;
        this.workingHours = workingHours;
    }

    public Route route(Notice notice, Instant now) {
        if (notice.kind() == NoticeKind.ESCALATION || notice.kind() == NoticeKind.ANNOUNCEMENT) {
            return Route.AT_ONCE;
        }
        if (notice.recipientPerson() != null && quietHoursApply(notice.recipientDepartment()) && !isUrgent(notice)
                && !workingHours.isWorkingTime(now)) {
            return new Route(DigestPurpose.QUIET_HOURS, workingHours.nextStart(now));
        }
        Duration window = window(notice.recipientDepartment());
        return window == null ? Route.AT_ONCE : new Route(DigestPurpose.DIGEST, now.plus(window));
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

    /** The digest window of the recipient's department; null: no digests. */
    private Duration window(String department) {
        String spec = department == null ? digests.window()
                : digests.departmentWindows().getOrDefault(department, digests.window());
        if (spec == null || spec.isBlank() || "none".equalsIgnoreCase(spec.strip())) {
            return null;
        }
        LimitSpec limit = LimitSpec.parse(spec);
        if (limit.kind() != LimitSpec.Kind.WALL_CLOCK) {
            throw new IllegalStateException("notification.digests window must be on the wall clock (e.g. PT5M), not " + spec);
        }
        return limit.wallClock();
    }
}
