package com.handbookflow.complaint.service;

import com.handbookflow.core.engine.NodeOutput;
import com.handbookflow.core.engine.definition.NodeOutcome;
import com.handbookflow.core.engine.definition.ProcessDefinitions;

import java.util.List;

/** Names in processes/complaint.json that the code relies on. */
public final class ComplaintProcess {

    public static final String TYPE = "complaint";

    public static final String ACKNOWLEDGE = "ACKNOWLEDGE";
    public static final String REGISTER = "REGISTER";
    public static final String CLASSIFY = "CLASSIFY";
    public static final String ASSIGN = "ASSIGN";
    public static final String PLAN = "PLAN";
    public static final String EXECUTE = "EXECUTE";
    public static final String CONFIRM = "CONFIRM";
    public static final String CLOSE = "CLOSE";

    /** The CLOSE node's work item: the responsible department's cause analysis and improvement measures. */
    public static final String CAUSE_ANALYSIS = "cause-analysis";

    /**
     * The EXECUTE node's work items: one per cooperating department a plan names
     * ({@code cooperation-logistics}); the execution cannot complete while one is open.
     */
    public static final String COOPERATION_PREFIX = "cooperation-";

    public static String cooperationItem(String department) {
        return COOPERATION_PREFIX + department;
    }

    /** The outcomes {@link ComplaintService} completes the nodes with. */
    public static final NodeOutcome ACKNOWLEDGED = new NodeOutcome(ACKNOWLEDGE, "acknowledged");
    public static final NodeOutcome REGISTERED = new NodeOutcome(REGISTER, "registered");
    public static final NodeOutcome CLASSIFIED = new NodeOutcome(CLASSIFY, "classified");
    public static final NodeOutcome ASSIGNED = new NodeOutcome(ASSIGN, "assigned");
    public static final NodeOutcome PLANNED = new NodeOutcome(PLAN, "planned");
    public static final NodeOutcome EXECUTED = new NodeOutcome(EXECUTE, "executed");
    public static final NodeOutcome CONFIRMED = new NodeOutcome(CONFIRM, "confirmed");
    public static final NodeOutcome DISSATISFIED_REHANDLE = new NodeOutcome(CONFIRM, "dissatisfied-rehandle");
    public static final NodeOutcome CLOSED = new NodeOutcome(CLOSE, "closed");

    /** Every outcome the code uses; checked against the definition at start. */
    public static final List<NodeOutcome> OUTCOMES = List.of(ACKNOWLEDGED, REGISTERED, CLASSIFIED, ASSIGNED, PLANNED,
            EXECUTED, CONFIRMED, DISSATISFIED_REHANDLE, CLOSED);

    /** Attributes every event of a complaint carries. */
    public static final String GRADE = "grade";
    public static final String URGENCY = "urgency";
    public static final String SATISFACTION = "satisfaction";
    public static final String PROBLEM_TYPE = "problemType";
    public static final String CHANNEL = "channel";

    private ComplaintProcess() {
    }

    /**
     * Customer service: the intake department, responsible for the first node. Read from the
     * definition, so {@code handbook.process.complaint.nodes.ACKNOWLEDGE.responsible-department} moves it.
     */
    public static String intakeDepartment(ProcessDefinitions definitions) {
        return definitions.get(TYPE).first().responsibleDepartment();
    }

    /** The reference of a document the complaint itself holds, e.g. {@code complaint:TS20260930-0001/handling-plan}. */
    public static NodeOutput output(String number, String key) {
        return new NodeOutput(key, "complaint:" + number + "/" + key);
    }
}
