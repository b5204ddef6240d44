package com.handbookflow.complaint.service;

import com.handbookflow.complaint.domain.Complaint;
import com.handbookflow.complaint.security.ComplaintAccess;
import com.handbookflow.core.act.BusinessObjects;
import com.handbookflow.core.engine.ProcessInstance;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Complaints as the kit's act template sees them: locked by number, visible by the access rules, tracking their process. */
@ApplicationScoped
class ComplaintsForActs implements BusinessObjects<Complaint> {

    private final ComplaintRepository complaints;
    private final ComplaintAccess access;

    ComplaintsForActs(ComplaintRepository complaints, ComplaintAccess access) {
        this.complaints = complaints;
        this.access = access;
    }

    @Override
    public String kind() {
        return "Complaint";
    }

    @Override
    public String kindZh() {
        return "投诉";
    }

    @Override
    public Complaint lockForAct(String number) {
        return complaints.requireForAct(number);
    }

    @Override
    public boolean sees(Complaint complaint) {
        return access.sees(complaint);
    }

    @Override
    public UUID processInstanceId(Complaint complaint) {
        return complaint.processInstanceId();
    }

    @Override
    public void track(Complaint complaint, ProcessInstance process) {
        complaint.track(process);
    }
}
