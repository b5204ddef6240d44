package com.handbookflow.complaint.security;

import com.handbookflow.complaint.domain.Complaint;
import com.handbookflow.complaint.domain.ComplaintStatus;
import com.handbookflow.core.attachment.AttachmentAccess;
import com.handbookflow.complaint.service.ComplaintProcess;
import com.handbookflow.complaint.domain.ImprovementMeasure;
import com.handbookflow.core.engine.definition.ProcessDefinitions;
import com.handbookflow.core.security.AccessDeniedException;
import com.handbookflow.core.security.CurrentUser;
import com.handbookflow.core.security.Role;
import com.handbookflow.core.security.VisibilityPolicy;
import jakarta.enterprise.context.RequestScoped;

/**
 * Who may see and do what with complaints. A complaint holds a customer's personal data, so:
 * customer service (the intake department, 首问负责), oversight roles and the OA/hotline integration
 * (within what its configuration allows) see every complaint; a
 * department sees the complaints it is responsible for and nothing else (another department's
 * complaint is "not found", never hinted at); the complainant and contact are shown only to
 * customer service, the responsible department, supervisors, administrators and integration
 * accounts (which register complaints). A department head ({@link Role#DEPT_HEAD}) sees everything of its
 * department and, besides, the complaints escalated to it (a MAJOR grade, an EXTRA_URGENT intake),
 * also before they are assigned to it; it acts where its department is responsible, as any member.
 * A department a handling plan names to cooperate (协办) sees the complaint, without the customer's
 * personal data (customer service, the first contact, stays the customer's contact), and reports its part.
 */
@RequestScoped
public class ComplaintAccess {

    private final CurrentUser user;
    private final VisibilityPolicy visibility;
    private final String customerService;

    ComplaintAccess(CurrentUser user, VisibilityPolicy visibility, ProcessDefinitions definitions) {
        this.user = user;
        this.visibility = visibility;
        this.customerService = ComplaintProcess.intakeDepartment(definitions);
    }

    /**
     * The intake department and oversight roles ({@code handbook.security.visibility.complaint.*}).
     * Integration accounts reach only what handbook.security.integration-allowed lists; there they see all.
     */
    public boolean seesEveryComplaint() {
        return visibility.seesAll(ComplaintProcess.TYPE);
    }

    public boolean sees(Complaint complaint) {
        return visibility.sees(ComplaintProcess.TYPE, complaint.department())
                || (headOfDepartment() != null && complaint.escalatedDepartments().contains(headOfDepartment()))
                || complaint.cooperates(user.department());
    }

    /** A cooperating department's part of the execution is reported by its members (or an administrator). */
    public void requireMayCooperateFor(String department) {
        if (!(user.isIn(department) || user.has(Role.ADMIN))) {
            throw AccessDeniedException.department("report the cooperating part of " + department, department);
        }
    }

    /** The department the user heads (role DEPT_HEAD with a department), else null. */
    public String headOfDepartment() {
        return user.has(Role.DEPT_HEAD) && user.department() != null ? user.department() : null;
    }

    public boolean seesPersonalData(Complaint complaint) {
        return user.isIn(customerService) || user.isIn(complaint.department())
                || user.hasAny(Role.SUPERVISOR, Role.ADMIN, Role.INTEGRATION);
    }

    /** The department a list is limited to, or null when the user sees every complaint. */
    public String listRestrictedTo() {
        return visibility.listRestrictedTo(ComplaintProcess.TYPE);
    }

    /** Complaints are registered by customer service, by an OA/hotline integration account, or an administrator. */
    public void requireMayRegister() {
        if (!(user.isIn(customerService) || user.hasAny(Role.INTEGRATION, Role.ADMIN))) {
            throw AccessDeniedException.department("register a complaint", customerService);
        }
    }

    /** Updates to the customer come from customer service or the responsible department. */
    public void requireMayUpdateCustomer(Complaint complaint) {
        if (!(user.isIn(customerService) || user.isIn(complaint.department()) || user.has(Role.ADMIN))) {
            throw AccessDeniedException.department("record an update to the customer", customerService);
        }
    }

    /**
     * The cause analysis and improvement measures are the responsible department's (责任部门分析原因、
     * 提出改进措施), not customer service's, unless customer service is itself responsible.
     */
    public void requireMayAnalyseCause(Complaint complaint) {
        if (!(user.isIn(complaint.department()) || user.has(Role.ADMIN))) {
            throw AccessDeniedException.department("write the cause analysis of this complaint", complaint.department());
        }
    }

    /** The department the user acts for (recorded with the cause analysis). */
    public String department() {
        return user.department();
    }

    public boolean owns(ImprovementMeasure measure) {
        return user.isIn(measure.ownerDepartment());
    }

    public void requireMayCompleteMeasure(ImprovementMeasure measure) {
        if (!(owns(measure) || user.has(Role.ADMIN))) {
            throw AccessDeniedException.department("complete this improvement measure", measure.ownerDepartment());
        }
    }

    /**
     * Who adds files (photos, call recordings) to a complaint: customer service, the responsible
     * department, a cooperating department, an administrator, an integration account (where
     * handbook.security.integration-allowed lets it), while the complaint is open. Reading: whoever sees it.
     */
    public AttachmentAccess attachments(Complaint complaint) {
        return new AttachmentAccess() {
            @Override
            public void requireMayRead() {
                // the complaint was found visible before the endpoints were mounted
            }

            @Override
            public void requireMayUpload(String slot) {
                if (complaint.status() == ComplaintStatus.CLOSED) {
                    throw complaint.refusalAsClosed("complaint-closed.no-files");
                }
                if (!(user.isIn(customerService) || user.isIn(complaint.department())
                        || complaint.cooperates(user.department())
                        || user.hasAny(Role.ADMIN, Role.INTEGRATION))) {
                    throw AccessDeniedException.department("attach files to this complaint", customerService);
                }
            }
        };
    }

    /** The monthly review aggregates every department's complaints: customer service and oversight roles. */
    public void requireMayReadReviews() {
        if (!(user.isIn(customerService)
                || user.hasAny(Role.SUPERVISOR, Role.LEADER, Role.PROCESS_OWNER, Role.ADMIN))) {
            throw AccessDeniedException.department("read the monthly complaint review", customerService);
        }
    }
}
