package com.handbookflow.notification.deadline;

import com.handbookflow.core.calendar.WorkingDayCalendar;
import com.handbookflow.core.event.EscalationRaised;
import com.handbookflow.core.event.EscalationTarget;
import com.handbookflow.core.label.Texts;
import com.handbookflow.notification.inbox.Notice;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** Composes notices (recipients and bilingual titles) for the reminder chain and for escalations raised at once. */
@ApplicationScoped
public class NoticeComposer {

    private static final Texts TEXTS = Texts.of(NoticeComposer.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Recipients recipients;
    private final WorkingDayCalendar calendar;

    NoticeComposer(Recipients recipients, WorkingDayCalendar calendar) {
        this.recipients = recipients;
        this.calendar = calendar;
    }

    public Notice compose(Obligation o, PlannedAction action) {
        String what = o.businessNumber() + " " + nonNull(o.nameZh(), o.itemKey());
        String whatEn = o.businessNumber() + " " + nonNull(o.nameEn(), o.itemKey());
        String due = format(o.dueAt());
        String key = switch (action.kind()) {
            case WARNING -> "notice.warning";
            case OVERDUE -> "notice.overdue";
            case REMINDER -> "notice.reminder";
            case ESCALATION -> "notice.escalation";
            case ANNOUNCEMENT -> throw new IllegalArgumentException("an announcement is no step of a reminder chain");
        };
        String person = nonNull(o.responsiblePerson(), "-");
        String titleZh = TEXTS.zh(key, what, due, action.repeat(), action.level().zh(), person);
        String titleEn = TEXTS.en(key, whatEn, due, action.repeat(), action.level().en().toLowerCase(), person);
        return new Notice(o.idempotencyKey(action), action.kind(), action.level(), o.id(), o.processType(),
                o.instanceId(), o.businessNumber(), o.itemKey(), o.responsibleDepartment(), o.responsiblePerson(),
                recipients.person(action.level(), o.processType(), o.responsibleDepartment(), o.responsiblePerson()),
                o.responsibleDepartment(), titleZh, titleEn, o.dueAt(), null, o.urgency());
    }

    /** A notice of an escalation raised by a scenario (e.g. a major complaint), told at once. */
    public Notice compose(EscalationRaised event, EscalationLevel level) {
        return escalation(event, "escalation/" + event.eventId() + "/" + level, level, event.department(),
                recipients.person(level, event.processType(), event.department(), null), level.zh(), level.en());
    }

    /**
     * A notice to a target the escalation names: a department's inbox, a person, or a role of a
     * department (a role of the escalation's own department has the key of the same level, so naming
     * it both ways tells it once).
     */
    public Notice compose(EscalationRaised event, EscalationTarget target, EscalationLevel role) {
        String base = "escalation/" + event.eventId() + "/";
        return switch (target.kind()) {
            case DEPARTMENT -> escalation(event, base + "DEPARTMENT/" + target.code(), EscalationLevel.NAMED_DEPARTMENT,
                    target.code(), null, target.code(), target.code());
            case PERSON -> escalation(event, base + "PERSON/" + target.code(), EscalationLevel.NAMED_PERSON, null,
                    target.code(), target.code(), target.code());
            case ROLE -> {
                String department = target.department() != null ? target.department() : event.department();
                yield escalation(event, base + role + (target.department() != null ? "/" + department : ""), role,
                        department, recipients.person(role, event.processType(), department, null),
                        role.zh() + (target.department() != null ? "（" + department + "）" : ""),
                        role.en() + (target.department() != null ? " (" + department + ")" : ""));
            }
        };
    }

    private Notice escalation(EscalationRaised event, String key, EscalationLevel level, String recipientDepartment,
                              String recipientPerson, String toZh, String toEn) {
        String what = event.businessNumber() + (event.nodeKey() == null ? "" : " " + event.nodeKey());
        return new Notice(key, NoticeKind.ESCALATION, level, null, event.processType(), event.instanceId(),
                event.businessNumber(), event.nodeKey(), event.department(), null, recipientPerson, recipientDepartment,
                TEXTS.zh("notice.escalation-raised", toZh, what, nonNull(event.reasonZh(), nonNull(event.reason(), ""))),
                TEXTS.en("notice.escalation-raised", level.isRole() ? toEn.toLowerCase() : toEn, what,
                        nonNull(event.reason(), "")),
                null, event.reason(), null);
    }

    private String format(Instant instant) {
        return WHEN.format(instant.atZone(calendar.zone()));
    }

    private static String nonNull(String value, String fallback) {
        return value == null ? fallback : value;
    }
}
