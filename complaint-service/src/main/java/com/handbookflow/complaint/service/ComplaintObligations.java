package com.handbookflow.complaint.service;

import com.handbookflow.complaint.domain.Complaint;
import com.handbookflow.complaint.domain.ImprovementMeasure;
import com.handbookflow.core.engine.Actor;
import com.handbookflow.core.engine.NodeInstance;
import com.handbookflow.core.engine.ProcessInstance;
import com.handbookflow.core.event.ObligationChanged;

import java.time.Instant;
import java.util.UUID;

/** The obligations of a complaint outside its node sequence, as events the notification service tracks. */
final class ComplaintObligations {

    static final String CUSTOMER_UPDATE = "CUSTOMER_UPDATE";
    static final String IMPROVEMENT_MEASURE = "IMPROVEMENT_MEASURE";

    private ComplaintObligations() {
    }

    static ObligationChanged customerUpdate(ProcessInstance process, Complaint complaint, String state,
                                            Instant startedAt, Instant dueAt, String limit, String calendarVersion,
                                            Instant completedAt, Actor actor, Instant now) {
        return new ObligationChanged(UUID.randomUUID(), now, process.processType(), process.id(), complaint.number(),
                complaint.updateObligationKey(), CUSTOMER_UPDATE, "向客户告知处理进度", "Update the customer on progress",
                state, intakeDepartmentOf(process), complaint.contactPersonId(), startedAt, dueAt, limit,
                calendarVersion, completedAt, completedAt == null ? null : !completedAt.isAfter(dueAt), actor,
                process.attributes());
    }

    /** The department that took the complaint in: it keeps the customer informed. */
    private static String intakeDepartmentOf(ProcessInstance process) {
        return process.latest(ComplaintProcess.ACKNOWLEDGE).map(NodeInstance::responsibleDepartment).orElse(null);
    }

    static ObligationChanged measure(ProcessInstance process, Complaint complaint, ImprovementMeasure measure,
                                     String state, String calendarVersion, Actor actor, Instant now) {
        return new ObligationChanged(UUID.randomUUID(), now, process.processType(), process.id(), complaint.number(),
                measure.obligationKey(), IMPROVEMENT_MEASURE, "改进措施：" + measure.description(),
                "Improvement measure: " + measure.description(), state, measure.ownerDepartment(), null,
                measure.createdAt(), measure.dueAt(), null, calendarVersion, measure.completedAt(), measure.onTime(),
                actor, process.attributes());
    }
}
