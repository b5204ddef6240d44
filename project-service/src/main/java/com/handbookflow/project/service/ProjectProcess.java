package com.handbookflow.project.service;

import com.handbookflow.core.engine.IllegalTransitionException;
import com.handbookflow.core.engine.NodeOutput;
import com.handbookflow.core.engine.ProcessInstance;
import com.handbookflow.core.engine.definition.NodeOutcome;

import com.handbookflow.core.label.Texts;

import java.util.List;

/** Names in processes/project.json that the code relies on. */
public final class ProjectProcess {

    public static final String TYPE = "project";

    public static final String INITIATION = "INITIATION";
    public static final String TEAM = "TEAM";
    public static final String PROGRESS = "PROGRESS";
    public static final String ACCEPTANCE = "ACCEPTANCE";
    public static final String RETROSPECTIVE = "RETROSPECTIVE";

    /** The outcomes the services complete the nodes with. */
    public static final NodeOutcome ALIGNED = new NodeOutcome(INITIATION, "aligned");
    public static final NodeOutcome TASKS_ASSIGNED = new NodeOutcome(TEAM, "tasks-assigned");
    public static final NodeOutcome TASKS_DONE = new NodeOutcome(PROGRESS, "tasks-done");
    public static final NodeOutcome ACCEPTED = new NodeOutcome(ACCEPTANCE, "accepted");
    public static final NodeOutcome REVIEWED = new NodeOutcome(RETROSPECTIVE, "reviewed");

    /** Every outcome the code uses; checked against the definition at start. */
    public static final List<NodeOutcome> OUTCOMES = List.of(ALIGNED, TASKS_ASSIGNED, TASKS_DONE, ACCEPTED, REVIEWED);

    /** Attributes every event of a project carries. */
    public static final String PROJECT_NAME = "projectName";
    public static final String INITIATING_DEPARTMENT = "initiatingDepartment";
    /**
     * The participating departments' ratings (0-100) of the collaboration, on the retrospective's
     * completion: notification-service's department-satisfaction metric credits each to the node's
     * department, the initiating one.
     */
    public static final String DEPARTMENT_SATISFACTION = "departmentSatisfaction";

    /** The supervising department's countersignature, a work item of the acceptance node. */
    public static final String COUNTERSIGN_ITEM = "countersign";

    private ProjectProcess() {
    }

    /** The project's process is not at {@code node}: the kit's refusal, naming the project. */
    public static IllegalTransitionException notActive(ProcessInstance process, String node, String number) {
        Texts texts = Texts.of(ProjectProcess.class);
        return IllegalTransitionException.notActive(process, node, texts.en("subject.project", number),
                texts.zh("subject.project", number));
    }

    /** The reference of a document the project itself holds, e.g. {@code project:PRJ2026001/task-list}. */
    public static NodeOutput output(String number, String key) {
        return new NodeOutput(key, "project:" + number + "/" + key);
    }

    /** The work item key of a department's consent to take part (确认参与意愿). */
    public static String consentItem(String department) {
        return "consent-" + department;
    }
}
