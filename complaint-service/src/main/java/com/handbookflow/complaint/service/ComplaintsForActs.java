package com.handbookflow.complaint.service;

import com.handbookflow.core.act.TrackedObjects;
import com.handbookflow.complaint.domain.Complaint;
import com.handbookflow.complaint.security.ComplaintAccess;
import jakarta.inject.Singleton;

/** Complaints as the kit's act template sees them: locked by number, visible by the access rules, tracking their process. */
@Singleton
class ComplaintsForActs extends TrackedObjects<Complaint> {

    ComplaintsForActs(ComplaintRepository complaints, ComplaintAccess access) {
        super("Complaint", "投诉", complaints::requireForAct, access::sees);
    }
}
