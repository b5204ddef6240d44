package com.handbookflow.complaint.service;

import com.handbookflow.core.label.Texts;
import com.handbookflow.complaint.domain.Complaint;
import com.handbookflow.complaint.domain.ImprovementMeasure;
import com.handbookflow.core.engine.NodeInstance;
import com.handbookflow.core.engine.ProcessInstance;
import com.handbookflow.core.obligation.Obligation;
import com.handbookflow.core.obligation.ObligationSubject;
import com.handbookflow.core.obligation.RecurringObligation;

/**
 * The obligations of a complaint outside its node sequence, on the kit's obligation model: the
 * recurring customer update ({@code customer-update-N}) and the one-off improvement measures
 * ({@code improvement-measure-N}, owner department, deadline).
 */
final class ComplaintObligations {

    private static final Texts TEXTS = Texts.of(ComplaintObligations.class);

    static final String CUSTOMER_UPDATE = "CUSTOMER_UPDATE";
    static final String IMPROVEMENT_MEASURE = "IMPROVEMENT_MEASURE";

    private ComplaintObligations() {
    }

    static RecurringObligation customerUpdates(String interval) {
        return new RecurringObligation("customer-update", interval);
    }

    /** The customer update the complaint owes now, kept by the department that took it in and its contact person. */
    static Obligation customerUpdate(ProcessInstance process, Complaint complaint, RecurringObligation updates) {
        return Obligation.owed(ObligationSubject.of(process), updates.key(complaint.customerUpdates().seq()),
                        CUSTOMER_UPDATE, TEXTS.zh("obligation.customer-update"), TEXTS.en("obligation.customer-update"))
                .by(intakeDepartmentOf(process), complaint.contactPersonId());
    }

    static Obligation measure(ProcessInstance process, ImprovementMeasure measure, String calendarVersion) {
        return Obligation.owed(ObligationSubject.of(process), Obligation.numberedKey("improvement-measure", measure.seq()),
                        IMPROVEMENT_MEASURE, TEXTS.zh("obligation.improvement-measure", measure.description()),
                        TEXTS.en("obligation.improvement-measure", measure.description()))
                .by(measure.ownerDepartment(), null)
                .due(measure.createdAt(), measure.dueAt(), null, calendarVersion);
    }

    /** The department that took the complaint in: it keeps the customer informed. */
    private static String intakeDepartmentOf(ProcessInstance process) {
        return process.latest(ComplaintProcess.ACKNOWLEDGE).map(NodeInstance::responsibleDepartment).orElse(null);
    }
}
