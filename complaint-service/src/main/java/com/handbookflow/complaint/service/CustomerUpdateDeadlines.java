package com.handbookflow.complaint.service;

import com.handbookflow.complaint.config.ComplaintConfig;
import com.handbookflow.complaint.domain.Complaint;
import com.handbookflow.core.calendar.LimitSpec;
import com.handbookflow.core.calendar.recompute.RecomputableDeadlines;
import com.handbookflow.core.engine.Actor;
import com.handbookflow.core.engine.ProcessEngine;
import com.handbookflow.core.engine.ProcessInstance;
import com.handbookflow.core.obligation.RecurringObligation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.List;

/**
 * The open customer updates, for the kit's recomputation after a calendar year was loaded: when the
 * update interval counts working days (e.g. {@code complaint.update-interval=P2WD}), an update owed
 * across the new year is computed again from the same start; with the default {@code P2D} (calendar
 * days) no update depends on the calendar and none is listed.
 */
@ApplicationScoped
class CustomerUpdateDeadlines implements RecomputableDeadlines {

    private final ComplaintRepository complaints;
    private final ProcessEngine engine;
    private final RecurringObligation customerUpdates;

    CustomerUpdateDeadlines(ComplaintRepository complaints, ProcessEngine engine, ComplaintConfig config) {
        this.complaints = complaints;
        this.engine = engine;
        this.customerUpdates = ComplaintObligations.customerUpdates(config.updateInterval());
    }

    @Override
    public String kind() {
        return ComplaintObligations.CUSTOMER_UPDATE;
    }

    @Override
    public List<OpenDeadline> computedWithOtherThan(String calendarVersion) {
        if (LimitSpec.parse(customerUpdates.interval()).kind() != LimitSpec.Kind.WORKING_DAYS) {
            return List.of();
        }
        return complaints.find("customerUpdates.dueAt is not null and customerUpdates.startedAt is not null"
                                + " and customerUpdates.calendarVersion <> ?1 order by number", calendarVersion)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list().stream()
                .map(c -> new OpenDeadline(c.id(), c.number(), customerUpdates.key(c.customerUpdates().seq()),
                        c.customerUpdates().dueAt(), c.customerUpdates().calendarVersion(),
                        DueRule.limit(c.customerUpdates().startedAt(), customerUpdates.interval())))
                .toList();
    }

    @Override
    public void reschedule(OpenDeadline deadline, Instant dueAt, String calendarVersion, Actor actor, Instant now) {
        Complaint complaint = complaints.findById(deadline.id());
        ProcessInstance process = engine.load(complaint.processInstanceId());
        complaint.customerUpdates().reschedule(dueAt, calendarVersion);
        process.raise(ComplaintObligations.customerUpdate(process, complaint, customerUpdates)
                .due(complaint.customerUpdates().startedAt(), dueAt, customerUpdates.interval(), calendarVersion)
                .opened(actor, now));
    }

}
